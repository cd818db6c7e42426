package de.opencrm.domain.quote;

/** A quote number as printed: AN-2026-00042, the year's 42nd quote. */
public record QuoteNumber(int year, long sequence) {

  public static final String PREFIX = "AN";

  public String text() {
    return String.format("%s-%d-%05d", PREFIX, year, sequence);
  }
}
