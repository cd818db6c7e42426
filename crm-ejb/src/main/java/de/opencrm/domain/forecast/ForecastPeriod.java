package de.opencrm.domain.forecast;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The months a forecast looks at: one month or a quarter. Open opportunities count in it when they
 * are expected to close in it, won ones when they were won in it.
 */
public record ForecastPeriod(YearMonth first, YearMonth last) {

  public ForecastPeriod {
    if (first == null || last == null || last.isBefore(first)) {
      throw new IllegalArgumentException("a period runs from its first month to its last");
    }
  }

  public static ForecastPeriod month(YearMonth month) {
    return new ForecastPeriod(month, month);
  }

  /** The quarter (1 to 4) of the year. */
  public static ForecastPeriod quarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarters are 1 to 4");
    }
    YearMonth first = YearMonth.of(year, 3 * quarter - 2);
    return new ForecastPeriod(first, first.plusMonths(2));
  }

  /** The quarter a day falls in. */
  public static ForecastPeriod quarterOf(LocalDate day) {
    return quarter(day.getYear(), (day.getMonthValue() + 2) / 3);
  }

  public LocalDate firstDay() {
    return first.atDay(1);
  }

  public LocalDate lastDay() {
    return last.atEndOfMonth();
  }

  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }
}
