package de.opencrm.domain.common;

/**
 * What every form field and filter needs: typed text without surrounding blanks, or none at all.
 */
public final class Texts {

  private Texts() {}

  /**
   * The text stripped of surrounding white space, or null when nothing but white space was given.
   */
  public static String trimToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The text trimmed, at most {@code max} characters long, or null when blank. */
  public static String cut(String text, int max) {
    String trimmed = trimToNull(text);
    return trimmed == null || trimmed.length() <= max ? trimmed : trimmed.substring(0, max);
  }
}
