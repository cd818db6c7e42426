package de.opencrm.domain.ticket;

import java.security.SecureRandom;
import java.util.Base64;

/** The secret of a survey link: 32 random bytes, URL-safe, not to be guessed. */
public final class SurveyToken {

  private static final SecureRandom RANDOM = new SecureRandom();

  private SurveyToken() {}

  public static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
