package de.opencrm.domain.erp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A short fingerprint of a record's values: a record delivered again unchanged has the same one, so
 * the reconciliation passes over it without comparing field by field.
 */
final class RecordHash {

  /** A digest per thread: looking one up for every record cost more than the hashing. */
  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("every Java has SHA-256", e);
            }
          });

  private RecordHash() {}

  static String of(Object... values) {
    StringBuilder text = new StringBuilder();
    for (Object value : values) {
      text.append(value == null ? "\u0000" : value.toString()).append('\u001f');
    }
    byte[] digest = SHA_256.get().digest(text.toString().getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().withoutPadding().encodeToString(digest).substring(0, 32);
  }
}
