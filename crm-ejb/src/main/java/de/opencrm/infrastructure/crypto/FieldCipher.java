package de.opencrm.infrastructure.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts single field values with AES-256-GCM. A stored value reads "gcm1:KEY:BASE64", where KEY
 * names the key it was sealed with and BASE64 holds a fresh 12-byte nonce followed by the
 * ciphertext and its 16-byte tag; the key name is authenticated too. The first key encrypts, every
 * key decrypts: rotating means putting a new key first and keeping the old ones until every value
 * has been rewritten.
 */
public final class FieldCipher {

  static final String PREFIX = "gcm1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String currentId;
  private final Map<String, SecretKey> keys;

  private FieldCipher(String currentId, Map<String, SecretKey> keys) {
    this.currentId = currentId;
    this.keys = keys;
  }

  /**
   * Parses "id:base64,id:base64" (each key 32 random bytes in Base64); the first key encrypts.
   *
   * @throws IllegalArgumentException naming what is wrong, never echoing a key
   */
  public static FieldCipher of(String configured) {
    Map<String, SecretKey> keys = new LinkedHashMap<>();
    for (String entry : configured.split(",")) {
      String[] parts = entry.strip().split(":", 2);
      if (parts.length != 2 || !parts[0].matches("[A-Za-z0-9_-]{1,20}")) {
        throw new IllegalArgumentException("a field key must read id:base64, the id 1-20 letters");
      }
      byte[] key;
      try {
        key = Base64.getDecoder().decode(parts[1].strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("field key " + parts[0] + " is not Base64");
      }
      if (key.length != 32) {
        throw new IllegalArgumentException("field key " + parts[0] + " must be 32 bytes (256 bit)");
      }
      if (keys.put(parts[0], new SecretKeySpec(key, "AES")) != null) {
        throw new IllegalArgumentException("field key " + parts[0] + " is named twice");
      }
    }
    return new FieldCipher(keys.keySet().iterator().next(), Map.copyOf(keys));
  }

  /** A new random key in the configuration format, e.g. for a first start. */
  public static String newKey(String id) {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return id + ":" + Base64.getEncoder().encodeToString(key);
  }

  public String encrypt(String plain) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(currentId.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] stored = new byte[NONCE_BYTES + sealed.length];
      System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
      System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
      return PREFIX + currentId + ":" + Base64.getEncoder().encodeToString(stored);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * The plain value of a stored one.
   *
   * @throws IllegalStateException when its key is unknown or it was changed in the database
   */
  public String decrypt(String stored) {
    if (!isSealed(stored)) {
      throw new IllegalStateException("not an encrypted field value");
    }
    String rest = stored.substring(PREFIX.length());
    int colon = rest.indexOf(':');
    String keyId = colon < 0 ? "" : rest.substring(0, colon);
    SecretKey key = keys.get(keyId);
    if (key == null) {
      throw new IllegalStateException("field key " + keyId + " is not configured");
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(rest.substring(colon + 1));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
      byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("an encrypted field value was altered or is damaged", e);
    }
  }

  /** Whether the value was written by this cipher (rather than before encryption began). */
  public static boolean isSealed(String stored) {
    return stored != null && stored.startsWith(PREFIX);
  }

  /** The name of the key new values are encrypted with. */
  public String currentKeyId() {
    return currentId;
  }
}
