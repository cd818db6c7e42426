package de.opencrm.integration.quote;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers, amounts and dates as German business letters write them: 1.234,56 €, 1,5, 24.11.2026.
 * Between an amount and its currency a non-breaking space, so the two never part at a line end.
 */
public final class GermanFormats {

  static final char NO_BREAK = '\u00A0';
  private static final DecimalFormatSymbols GERMAN =
      DecimalFormatSymbols.getInstance(Locale.GERMANY);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private GermanFormats() {}

  /** "1.234,56 €"; other currencies by their code: "1.234,56 CHF". */
  public static String amount(BigDecimal value, String currency) {
    String symbol = "EUR".equals(currency) ? "€" : currency;
    return new DecimalFormat("#,##0.00", GERMAN).format(value) + NO_BREAK + symbol;
  }

  /** "3", "1,5", "0,125": as many decimals as there are. */
  public static String quantity(BigDecimal value) {
    return new DecimalFormat("#,##0.###", GERMAN).format(value);
  }

  /** "10 %", "12,5 %". */
  public static String percent(BigDecimal value) {
    return new DecimalFormat("#,##0.##", GERMAN).format(value) + NO_BREAK + "%";
  }

  public static String date(LocalDate day) {
    return DATE.format(day);
  }
}
