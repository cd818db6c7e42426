package de.opencrm.domain.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private final PasswordPolicy policy = new PasswordPolicy(10);

  @Test
  void acceptsALongPasswordWithLettersAndDigits() {
    assertThat(policy.violations("Sommer2026!Regen", "sales")).isEmpty();
  }

  @Test
  void acceptsUmlautsAndSymbolsAsTheyAreLetters() {
    assertThat(policy.violations("Grüße aus Köln-7", "sales")).isEmpty();
  }

  @Test
  void refusesShortAndMissingPasswords() {
    assertThat(policy.violations("Kurz1!", "sales")).contains("password.tooShort");
    assertThat(policy.violations(null, "sales")).containsExactly("password.tooShort");
    assertThat(policy.violations("", "sales")).contains("password.tooShort");
  }

  @Test
  void refusesLettersOnlyAndDigitsOnly() {
    assertThat(policy.violations("nurbuchstaben", "sales"))
        .containsExactly("password.needsLetterAndOther");
    assertThat(policy.violations("1234567890123", "sales"))
        .containsExactly("password.needsLetterAndOther");
  }

  @Test
  void refusesThePasswordContainingTheUserNameInAnyCase() {
    assertThat(policy.violations("xxMEIER-2026xx", "meier"))
        .containsExactly("password.containsUsername");
  }

  @Test
  void refusesOneRepeatedCharacter() {
    assertThat(policy.violations("aaaaaaaaaaaa", "sales")).contains("password.oneCharacter");
  }

  @Test
  void refusesWhatBcryptWouldTruncate() {
    String seventyThreeBytes = "a1".repeat(36) + "b";
    assertThat(policy.violations(seventyThreeBytes, "sales")).containsExactly("password.tooLong");
    String umlautsOverTheLimit = "ä1".repeat(25);
    assertThat(umlautsOverTheLimit).hasSizeLessThan(72);
    assertThat(policy.violations(umlautsOverTheLimit, "sales")).containsExactly("password.tooLong");
  }

  @Test
  void aPolicyBelowEightCharactersCannotBeConfigured() {
    assertThatThrownBy(() -> new PasswordPolicy(6)).isInstanceOf(IllegalArgumentException.class);
  }
}
