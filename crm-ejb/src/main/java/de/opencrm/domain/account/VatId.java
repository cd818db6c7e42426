package de.opencrm.domain.account;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A value added tax identification number (USt-IdNr., UID, MWST-Nr.) in its normalized form:
 * country prefix, no spaces, dots or dashes. German numbers are also checked against their check
 * digit (ISO 7064, MOD 11,10).
 */
public final class VatId {

  private static final Map<String, Pattern> FORMATS =
      Map.ofEntries(
          Map.entry("DE", Pattern.compile("DE\\d{9}")),
          Map.entry("AT", Pattern.compile("ATU\\d{8}")),
          Map.entry("CH", Pattern.compile("CHE\\d{9}(MWST|TVA|IVA)?")),
          Map.entry("LI", Pattern.compile("LI\\d{5}")),
          Map.entry("BE", Pattern.compile("BE[01]\\d{9}")),
          Map.entry("NL", Pattern.compile("NL\\d{9}B\\d{2}")),
          Map.entry("LU", Pattern.compile("LU\\d{8}")),
          Map.entry("FR", Pattern.compile("FR[0-9A-HJ-NP-Z]{2}\\d{9}")),
          Map.entry("IT", Pattern.compile("IT\\d{11}")),
          Map.entry("ES", Pattern.compile("ES[0-9A-Z]\\d{7}[0-9A-Z]")),
          Map.entry("PL", Pattern.compile("PL\\d{10}")),
          Map.entry("CZ", Pattern.compile("CZ\\d{8,10}")),
          Map.entry("DK", Pattern.compile("DK\\d{8}")),
          Map.entry("SE", Pattern.compile("SE\\d{12}")),
          Map.entry("FI", Pattern.compile("FI\\d{8}")),
          Map.entry("IE", Pattern.compile("IE\\d[0-9A-Z+*]\\d{5}[A-Z]{1,2}")),
          Map.entry("PT", Pattern.compile("PT\\d{9}")),
          Map.entry("HU", Pattern.compile("HU\\d{8}")),
          Map.entry("SK", Pattern.compile("SK\\d{10}")),
          Map.entry("SI", Pattern.compile("SI\\d{8}")));

  private final String value;

  private VatId(String value) {
    this.value = value;
  }

  /**
   * The normalized VAT ID, or empty when the text is no valid VAT ID of a country the CRM knows.
   */
  public static Optional<VatId> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String normalized = text.toUpperCase(Locale.ROOT).replaceAll("[\\s.\\-]", "");
    if (normalized.length() < 4) {
      return Optional.empty();
    }
    Pattern format = FORMATS.get(normalized.substring(0, 2));
    if (format == null || !format.matcher(normalized).matches()) {
      return Optional.empty();
    }
    if (normalized.startsWith("DE") && !germanCheckDigitMatches(normalized.substring(2))) {
      return Optional.empty();
    }
    return Optional.of(new VatId(normalized));
  }

  /** ISO 7064 MOD 11,10 over the first eight digits gives the ninth. */
  private static boolean germanCheckDigitMatches(String digits) {
    int product = 10;
    for (int i = 0; i < 8; i++) {
      int sum = (digits.charAt(i) - '0' + product) % 10;
      if (sum == 0) {
        sum = 10;
      }
      product = (2 * sum) % 11;
    }
    int check = 11 - product;
    if (check == 10) {
      check = 0;
    }
    return check == digits.charAt(8) - '0';
  }

  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
