package de.opencrm.domain.quote;

import de.opencrm.domain.common.NumberRange;

/** Quote numbers as printed: AN-2026-00042, the year's 42nd quote. */
public final class QuoteNumber {

  private QuoteNumber() {}

  public static String text(NumberRange.Taken taken) {
    return String.format("AN-%d-%05d", taken.year(), taken.sequence());
  }
}
