package de.opencrm.domain.ticket.report;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The survey answers of a queue's customers in a period. CSAT: the average of the 1–5 ratings and
 * the share of satisfied customers (4 or 5). NPS: promoters (9–10) minus detractors (0–6) in
 * percent of those who answered, from −100 to 100.
 */
public record Satisfaction(
    String queue,
    long csatAnswers,
    long csatSum,
    long satisfied,
    long npsAnswers,
    long promoters,
    long detractors)
    implements Serializable {

  /** The average rating with one decimal; null without ratings. */
  public BigDecimal csatAverage() {
    return csatAnswers == 0
        ? null
        : BigDecimal.valueOf(csatSum)
            .divide(BigDecimal.valueOf(csatAnswers), 1, RoundingMode.HALF_UP);
  }

  /** Satisfied customers (4 or 5) in percent of the ratings. */
  public BigDecimal satisfiedShare() {
    return Percent.of(satisfied, csatAnswers);
  }

  /** The Net Promoter Score, rounded to a whole number; null without answers. */
  public Long nps() {
    return npsAnswers == 0 ? null : Math.round((promoters - detractors) * 100.0 / npsAnswers);
  }

  /** All queues together (queue null). */
  public static Satisfaction total(List<Satisfaction> rows) {
    return new Satisfaction(
        null,
        rows.stream().mapToLong(Satisfaction::csatAnswers).sum(),
        rows.stream().mapToLong(Satisfaction::csatSum).sum(),
        rows.stream().mapToLong(Satisfaction::satisfied).sum(),
        rows.stream().mapToLong(Satisfaction::npsAnswers).sum(),
        rows.stream().mapToLong(Satisfaction::promoters).sum(),
        rows.stream().mapToLong(Satisfaction::detractors).sum());
  }
}
