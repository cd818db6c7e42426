package de.opencrm.domain.lead.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * A lead's score with the rules that make it up, kept on the lead so its page can say why it has
 * the score it has. The total is the sum of the hits, kept between 0 and 100.
 */
public record ScoreCard(int total, List<ScoreHit> hits) {

  public static final int MAX = 100;

  /** What fits the lead's column; the smallest hits are left out first. */
  public static final int MAX_LENGTH = 1000;

  private static final String TAB = "\t";

  public ScoreCard {
    hits = List.copyOf(hits);
  }

  public static ScoreCard of(List<ScoreHit> hits) {
    int sum = hits.stream().mapToInt(ScoreHit::points).sum();
    return new ScoreCard(Math.max(0, Math.min(MAX, sum)), hits);
  }

  public String encode() {
    StringBuilder text = new StringBuilder();
    for (ScoreHit hit : hits) {
      String line =
          hit.points()
              + TAB
              + hit.criterion().name()
              + TAB
              + hit.values().replace('\t', ' ').replace('\n', ' ');
      if (text.length() + line.length() + 1 > MAX_LENGTH) {
        break;
      }
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(line);
    }
    return text.toString();
  }

  /** The hits as kept; the total is the lead's score. */
  public static ScoreCard decode(int total, String text) {
    List<ScoreHit> hits = new ArrayList<>();
    if (text != null && !text.isEmpty()) {
      for (String line : text.split("\n")) {
        String[] part = line.split(TAB, 3);
        if (part.length == 3) {
          hits.add(
              new ScoreHit(ScoreCriterion.valueOf(part[1]), part[2], Integer.parseInt(part[0])));
        }
      }
    }
    return new ScoreCard(total, hits);
  }
}
