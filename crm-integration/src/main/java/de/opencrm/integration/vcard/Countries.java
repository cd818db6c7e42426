package de.opencrm.integration.vcard;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Country names as address books write them ("Deutschland", "Germany", "DE") as ISO codes. */
final class Countries {

  private static final Map<String, String> BY_NAME = new HashMap<>();

  static {
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale("", code);
      BY_NAME.put(country.getDisplayCountry(Locale.GERMAN).toLowerCase(Locale.ROOT), code);
      BY_NAME.put(country.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
    }
  }

  private Countries() {}

  /** The ISO 3166 code, or null when the text names no country the JDK knows. */
  static String isoCode(String written) {
    if (written == null || written.isBlank()) {
      return null;
    }
    String text = written.strip();
    if (text.length() == 2) {
      return text.toUpperCase(Locale.ROOT);
    }
    return BY_NAME.get(text.toLowerCase(Locale.ROOT));
  }
}
