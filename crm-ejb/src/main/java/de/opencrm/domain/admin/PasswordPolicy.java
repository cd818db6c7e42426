package de.opencrm.domain.admin;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a password must be like. Returns message keys for every rule a candidate breaks, so a form
 * can list them all at once. The upper bound is bcrypt's: it reads at most 72 bytes.
 */
public final class PasswordPolicy implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int MAX_BYTES = 72;

  private final int minLength;

  public PasswordPolicy(int minLength) {
    if (minLength < 8) {
      throw new IllegalArgumentException("a password policy below 8 characters protects nothing");
    }
    this.minLength = minLength;
  }

  public int minLength() {
    return minLength;
  }

  public List<String> violations(String candidate, String username) {
    List<String> broken = new ArrayList<>();
    if (candidate == null || candidate.length() < minLength) {
      broken.add("password.tooShort");
      if (candidate == null) {
        return broken;
      }
    }
    if (candidate.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      broken.add("password.tooLong");
    }
    boolean letter = candidate.codePoints().anyMatch(Character::isLetter);
    boolean other = candidate.codePoints().anyMatch(c -> !Character.isLetter(c));
    if (!letter || !other) {
      broken.add("password.needsLetterAndOther");
    }
    if (username != null
        && !username.isBlank()
        && candidate.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
      broken.add("password.containsUsername");
    }
    if (!candidate.isEmpty() && candidate.chars().distinct().count() == 1) {
      broken.add("password.oneCharacter");
    }
    return broken;
  }
}
