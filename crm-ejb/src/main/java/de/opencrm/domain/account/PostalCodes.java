package de.opencrm.domain.account;

import java.util.Map;
import java.util.regex.Pattern;

/** What a postal code looks like in the countries the CRM's users mostly write to. */
public final class PostalCodes {

  private static final Map<String, Pattern> FORMATS =
      Map.of(
          "DE", Pattern.compile("\\d{5}"),
          "AT", Pattern.compile("\\d{4}"),
          "CH", Pattern.compile("\\d{4}"),
          "LI", Pattern.compile("\\d{4}"),
          "LU", Pattern.compile("(L-)?\\d{4}"),
          "NL", Pattern.compile("\\d{4} ?[A-Z]{2}"),
          "FR", Pattern.compile("\\d{5}"),
          "IT", Pattern.compile("\\d{5}"),
          "PL", Pattern.compile("\\d{2}-\\d{3}"));

  private PostalCodes() {}

  /** True when the code fits its country, or when the CRM does not know that country's format. */
  public static boolean fits(String country, String postalCode) {
    if (postalCode == null || postalCode.isBlank()) {
      return true;
    }
    Pattern format = country == null ? null : FORMATS.get(country.toUpperCase());
    return format == null || format.matcher(postalCode.strip()).matches();
  }
}
