package de.opencrm.domain.opportunity;

import java.math.BigDecimal;

/** What a stage holds: how many opportunities, their amount and weighted amount in euros. */
public record StageTotals(long count, BigDecimal amount, BigDecimal weighted) {

  public static final StageTotals NONE = new StageTotals(0, BigDecimal.ZERO, BigDecimal.ZERO);

  /** The totals as the database summed them: cents, and the weighted sum still in cent-percent. */
  public static StageTotals summed(long count, BigDecimal amount, BigDecimal amountTimesPercent) {
    return new StageTotals(
        count,
        amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2),
        amountTimesPercent == null
            ? BigDecimal.ZERO.setScale(2)
            : Probability.weigh(amountTimesPercent, 1));
  }
}
