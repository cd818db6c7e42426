package de.opencrm.domain.lead.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rule-based lead scoring: every active rule the lead hits adds its points (or takes them away);
 * the score is their sum between 0 and 100. A lead reaches MQL (marketing qualified) when its score
 * reaches the threshold the administrator set.
 */
public final class LeadScorer {

  private LeadScorer() {}

  public static ScoreCard score(List<ScoreCheck> rules, ScoringFacts lead) {
    List<ScoreHit> hits = new ArrayList<>();
    for (ScoreCheck rule : rules) {
      rule.matched(lead)
          .ifPresent(value -> hits.add(new ScoreHit(rule.criterion(), value, rule.points())));
    }
    hits.sort(Comparator.comparingInt((ScoreHit h) -> -Math.abs(h.points())));
    return ScoreCard.of(hits);
  }

  /** Whether a score counts as marketing qualified; a threshold of 0 or less switches MQL off. */
  public static boolean qualifies(int score, int mqlThreshold) {
    return mqlThreshold > 0 && score >= mqlThreshold;
  }
}
