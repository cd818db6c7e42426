package de.opencrm.infrastructure.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

  private final String oldKey = FieldCipher.newKey("k2025");
  private final String newKey = FieldCipher.newKey("k2026");

  @Test
  void aSealedValueReadsBackAndShowsNothingOfThePlainText() {
    FieldCipher cipher = FieldCipher.of(newKey);
    String sealed = cipher.encrypt("1971-03-14");
    assertThat(sealed).startsWith("gcm1:k2026:").doesNotContain("1971");
    assertThat(cipher.decrypt(sealed)).isEqualTo("1971-03-14");
    // a fresh nonce each time: equal birthdays do not give equal columns
    assertThat(cipher.encrypt("1971-03-14")).isNotEqualTo(sealed);
  }

  @Test
  void oneChangedByteIsDetected() {
    FieldCipher cipher = FieldCipher.of(newKey);
    String sealed = cipher.encrypt("Ärztin, vertraulich");
    String prefix = "gcm1:k2026:";
    byte[] bytes = Base64.getDecoder().decode(sealed.substring(prefix.length()));
    bytes[bytes.length - 20] ^= 1;
    String tampered = prefix + Base64.getEncoder().encodeToString(bytes);
    assertThatThrownBy(() -> cipher.decrypt(tampered))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("altered");
  }

  @Test
  void afterRotationOldValuesStillReadAndNewOnesUseTheNewKey() {
    String sealedBefore = FieldCipher.of(oldKey).encrypt("1980-01-01");
    FieldCipher rotated = FieldCipher.of(newKey + "," + oldKey);
    assertThat(rotated.decrypt(sealedBefore)).isEqualTo("1980-01-01");
    assertThat(rotated.encrypt("1980-01-01")).startsWith("gcm1:k2026:");
    assertThatThrownBy(() -> FieldCipher.of(newKey).decrypt(sealedBefore))
        .hasMessageContaining("k2025 is not configured");
  }

  @Test
  void aValueMovedToAnotherKeyNameIsRefused() {
    FieldCipher both = FieldCipher.of(newKey + "," + oldKey.replace("k2025:", "k2026b:"));
    String sealed = both.encrypt("x");
    String renamed = sealed.replace("gcm1:k2026:", "gcm1:k2026b:");
    assertThatThrownBy(() -> both.decrypt(renamed)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aBadConfigurationSaysWhatIsWrongWithoutShowingTheKey() {
    assertThatThrownBy(() -> FieldCipher.of("k1:c2hvcnQ="))
        .hasMessage("field key k1 must be 32 bytes (256 bit)");
    assertThatThrownBy(() -> FieldCipher.of("no key here"))
        .hasMessageContaining("must read id:base64");
    assertThatThrownBy(() -> FieldCipher.of(newKey + "," + newKey)).hasMessageContaining("twice");
  }
}
