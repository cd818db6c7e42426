package de.opencrm.domain.duplicate;

import java.io.Serializable;
import java.util.List;

/** How alike two records are, 0 (nothing in common) to 100 (surely the same), and why. */
public record MatchResult(int score, List<MatchReason> reasons) implements Serializable {

  /** From here on a pair is shown as a likely duplicate before saving. */
  public static final int LIKELY = 70;

  /** From here on the duplicate job lists a pair for review. */
  public static final int POSSIBLE = 55;

  public MatchResult {
    score = Math.max(0, Math.min(100, score));
    reasons = List.copyOf(reasons);
  }

  public boolean isLikely() {
    return score >= LIKELY;
  }

  public boolean isPossible() {
    return score >= POSSIBLE;
  }
}
