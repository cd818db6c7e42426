package de.opencrm.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneticKeyTest {

  @Test
  void germanSpellingsAndTyposOfANameSoundAlike() {
    String mueller = PhoneticKey.code("Müller");
    assertThat(mueller).isEqualTo("657");
    assertThat(PhoneticKey.code("Mueller")).isEqualTo(mueller);
    assertThat(PhoneticKey.code("Muller")).isEqualTo(mueller);
    assertThat(PhoneticKey.code("mueler")).isEqualTo(mueller);
    assertThat(PhoneticKey.code("Meier"))
        .isEqualTo(PhoneticKey.code("Meyer"))
        .isEqualTo(PhoneticKey.code("Maier"));
    assertThat(PhoneticKey.code("Schmidt")).isEqualTo(PhoneticKey.code("Schmitt"));
    assertThat(PhoneticKey.code("Schmidt")).isNotEqualTo(mueller);
  }

  @Test
  void legalFormsDigitsAndSingleLettersAreLeftOut() {
    assertThat(PhoneticKey.of("Schmidt GmbH & Co. KG")).isEqualTo(PhoneticKey.of("Schmidt KG"));
    assertThat(PhoneticKey.of("Schmidt UG (haftungsbeschränkt)"))
        .isEqualTo(PhoneticKey.of("Schmidt"));
    assertThat(PhoneticKey.of("Bäckerei Würfel e.K."))
        .isEqualTo(PhoneticKey.of("Baeckerei Wuerfel"));
    assertThat(PhoneticKey.code("D-10001")).isNull();
    assertThat(PhoneticKey.code("A")).isNull();
    assertThat(PhoneticKey.of("Anna", null, "Müller")).isEqualTo(" 06 657 ");
  }

  @Test
  void aLongListOfNamesIsCutToTheColumn() {
    String many = "Müller ".repeat(100);
    assertThat(PhoneticKey.of(many))
        .hasSizeLessThanOrEqualTo(PhoneticKey.MAX_LENGTH)
        .startsWith(" 657 657 ")
        .endsWith(" 657 ");
  }
}
