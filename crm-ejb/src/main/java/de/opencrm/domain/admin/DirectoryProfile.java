package de.opencrm.domain.admin;

import de.opencrm.domain.common.Texts;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A directory user as the CRM stores them, made from what the directory says at login: the name
 * (its {@code cn}), the e-mail address ({@code mail}) and the CRM roles its groups map to. The
 * directory's values are cut to what the CRM's columns hold; a missing or unusable name falls back
 * to the user name, an unusable address is left out rather than refusing the login.
 */
public record DirectoryProfile(String username, String displayName, String email, Set<Role> roles) {

  static final int MAX_USERNAME = 40;
  static final int MAX_DISPLAY_NAME = 100;
  static final int MAX_EMAIL = 254;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  public DirectoryProfile {
    roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  /**
   * The profile, or empty when the CRM cannot take the user: a user name longer than the CRM's
   * column, or no CRM role at all (the directory let them in, but none of their groups is a CRM
   * group).
   */
  public static Optional<DirectoryProfile> of(
      String username, String directoryName, String directoryEmail, Collection<Role> roles) {
    String name = username == null ? "" : User.normalizeUsername(username);
    if (name.isEmpty() || name.length() > MAX_USERNAME || roles.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new DirectoryProfile(
            name, displayName(directoryName, name), email(directoryEmail), Set.copyOf(roles)));
  }

  private static String displayName(String directoryName, String username) {
    String text = Texts.trimToNull(directoryName);
    if (text == null) {
      return username;
    }
    return text.length() > MAX_DISPLAY_NAME ? text.substring(0, MAX_DISPLAY_NAME).strip() : text;
  }

  private static String email(String directoryEmail) {
    String text = Texts.trimToNull(directoryEmail);
    if (text == null || text.length() > MAX_EMAIL || !EMAIL.matcher(text).matches()) {
      return null;
    }
    return text;
  }
}
