package de.opencrm.domain.contact;

import java.util.regex.Pattern;

/**
 * Whether a text has the shape of an e-mail address: something, an at sign, a domain with a dot.
 * The same test decides for a form's further addresses and for an import's, so a value a form
 * refuses is the value an import keeps aside as unchecked.
 */
public final class EmailShape {

  private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private EmailShape() {}

  /** True for "anna@example.de", false for "anna@example", "anna(at)example.de" and blanks. */
  public static boolean fits(String text) {
    return text != null && SHAPE.matcher(text.strip()).matches();
  }
}
