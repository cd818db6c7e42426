package de.opencrm.application.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;

/**
 * Random passwords an administrator hands over after a reset: no look-alike characters, letters and
 * digits both.
 */
@ApplicationScoped
public class TemporaryPasswords {

  private static final String LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String DIGITS = "23456789";
  private static final int LENGTH = 14;

  private final SecureRandom random = new SecureRandom();

  public String next() {
    StringBuilder password = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      String from = i % 4 == 3 ? DIGITS : LETTERS;
      password.append(from.charAt(random.nextInt(from.length())));
    }
    return password.toString();
  }
}
