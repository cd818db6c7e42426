package de.opencrm.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VatIdTest {

  @Test
  void aGermanNumberIsNormalizedAndItsCheckDigitVerified() {
    assertThat(VatId.parse("de 136 695 976")).map(VatId::value).hasValue("DE136695976");
    assertThat(VatId.parse("DE136695977")).isEmpty();
    assertThat(VatId.parse("DE13669597")).isEmpty();
  }

  @Test
  void austrianAndSwissNumbersHaveTheirOwnShape() {
    assertThat(VatId.parse("ATU12345678")).isPresent();
    assertThat(VatId.parse("AT12345678")).isEmpty();
    assertThat(VatId.parse("CHE-123.456.789 MWST")).map(VatId::value).hasValue("CHE123456789MWST");
  }

  @Test
  void unknownCountriesAndGarbageAreRefused() {
    assertThat(VatId.parse("XX123456789")).isEmpty();
    assertThat(VatId.parse("keine")).isEmpty();
    assertThat(VatId.parse(null)).isEmpty();
  }
}
