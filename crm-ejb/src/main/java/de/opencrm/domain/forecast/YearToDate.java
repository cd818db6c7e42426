package de.opencrm.domain.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Won this year up to today beside the same span of the year before, and both years month by month
 * (January first), in euros.
 */
public record YearToDate(
    BigDecimal thisYear,
    BigDecimal lastYear,
    List<BigDecimal> monthsThisYear,
    List<BigDecimal> monthsLastYear) {

  /** The change against last year in whole percent; null when last year had nothing. */
  public Integer changePercent() {
    if (lastYear.signum() == 0) {
      return null;
    }
    return thisYear
        .subtract(lastYear)
        .multiply(BigDecimal.valueOf(100))
        .divide(lastYear, 0, RoundingMode.HALF_UP)
        .intValueExact();
  }
}
