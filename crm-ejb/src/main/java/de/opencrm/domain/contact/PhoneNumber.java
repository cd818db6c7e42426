package de.opencrm.domain.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.List;
import java.util.Optional;

/**
 * A telephone number stored in E.164 (+493012345678) whichever way it was typed ("030 1234 5678",
 * "+49 30 ...", "0049 30 ..."), shown the way the country it belongs to writes it. Parsing and
 * formatting are libphonenumber's.
 */
public final class PhoneNumber {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private final Phonenumber.PhoneNumber number;

  private PhoneNumber(Phonenumber.PhoneNumber number) {
    this.number = number;
  }

  /**
   * The number typed by a user in the given default country (ISO code), or empty if it is no valid
   * number.
   */
  public static Optional<PhoneNumber> parse(String typed, String defaultCountry) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    try {
      Phonenumber.PhoneNumber parsed =
          UTIL.parse(
              typed, defaultCountry == null || defaultCountry.isBlank() ? "DE" : defaultCountry);
      return UTIL.isValidNumber(parsed) ? Optional.of(new PhoneNumber(parsed)) : Optional.empty();
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }

  /**
   * A number written without its country code, placed in the first of the given countries (ISO
   * codes, the likeliest first) where it is a valid number; a number with its country code is
   * placed wherever it belongs. Empty if no country knows it.
   */
  public static Optional<PhoneNumber> place(String written, List<String> countries) {
    for (String country : countries) {
      Optional<PhoneNumber> placed = parse(written, country);
      if (placed.isPresent()) {
        return placed;
      }
    }
    return Optional.empty();
  }

  /** A number as stored. */
  public static PhoneNumber ofE164(String e164) {
    return parse(e164, "DE")
        .orElseThrow(() -> new IllegalArgumentException("not an E.164 number: " + e164));
  }

  public String e164() {
    return UTIL.format(number, PhoneNumberFormat.E164);
  }

  /** National format for a caller in the same country ("030 12345678"), international otherwise. */
  public String display(String viewerCountry) {
    String region = UTIL.getRegionCodeForNumber(number);
    return region != null && region.equalsIgnoreCase(viewerCountry)
        ? UTIL.format(number, PhoneNumberFormat.NATIONAL)
        : UTIL.format(number, PhoneNumberFormat.INTERNATIONAL);
  }
}
