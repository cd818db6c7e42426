package de.opencrm.domain.lead.routing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of postal codes by their leading digits, as sales regions are cut: "4" is the German
 * postal region 4 (every PLZ starting with 4), "0-1" regions 0 and 1, "40000-47999" the codes in
 * between. Each bound compares with as many leading digits as it has.
 */
public record PostalRange(String from, String to) {

  private static final Pattern SPEC =
      Pattern.compile("\\s*(\\d{1,5})\\s*(?:[-–]\\s*(\\d{1,5})\\s*)?");

  public PostalRange {
    if (!from.matches("\\d{1,5}") || !to.matches("\\d{1,5}")) {
      throw new IllegalArgumentException(
          "postal range bounds are 1 to 5 digits: " + from + "-" + to);
    }
  }

  /** "4", "0-1", "40000-47999"; empty when the text is no range. */
  public static Optional<PostalRange> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher matcher = SPEC.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String from = matcher.group(1);
    String to = matcher.group(2) == null ? from : matcher.group(2);
    if (from.length() == to.length() && from.compareTo(to) > 0) {
      return Optional.empty();
    }
    return Optional.of(new PostalRange(from, to));
  }

  public boolean contains(String postalCode) {
    if (postalCode == null) {
      return false;
    }
    String digits = postalCode.replaceAll("\\D", "");
    if (digits.length() < Math.max(from.length(), to.length())) {
      return false;
    }
    return leading(digits, from.length()).compareTo(from) >= 0
        && leading(digits, to.length()).compareTo(to) <= 0;
  }

  private static String leading(String digits, int count) {
    return digits.substring(0, Math.min(count, digits.length()));
  }

  @Override
  public String toString() {
    return from.equals(to) ? from : from + "-" + to;
  }
}
