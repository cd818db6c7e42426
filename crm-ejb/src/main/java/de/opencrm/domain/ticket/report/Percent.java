package de.opencrm.domain.ticket.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares as the reports print them: percent with one decimal, none when there is no whole. */
public final class Percent {

  private Percent() {}

  /** {@code part} of {@code whole} in percent, one decimal, half up; null for a whole of zero. */
  public static BigDecimal of(long part, long whole) {
    if (whole <= 0) {
      return null;
    }
    return BigDecimal.valueOf(part * 100L)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
