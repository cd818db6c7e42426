package de.opencrm.domain.lead.capture;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The proof that a webhook's delivery comes from the platform the administrator connected: the
 * request body's HMAC-SHA256 with the shared secret, sent as {@code sha256=<hex>} (the form of
 * Meta's X-Hub-Signature-256), compared in constant time.
 */
public final class WebhookSignature {

  public static final String PREFIX = "sha256=";

  private WebhookSignature() {}

  public static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** Whether the header carries the body's signature with this secret. */
  public static boolean matches(String secret, byte[] body, String header) {
    if (secret == null || header == null) {
      return false;
    }
    byte[] expected = sign(secret, body).getBytes(StandardCharsets.US_ASCII);
    byte[] given =
        header.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given);
  }

  /** A new secret: 32 random bytes as hex. */
  public static String newSecret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
