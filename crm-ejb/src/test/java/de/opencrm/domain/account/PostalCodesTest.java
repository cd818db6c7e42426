package de.opencrm.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostalCodesTest {

  @Test
  void germanCodesHaveFiveDigitsAustrianAndSwissFour() {
    assertThat(PostalCodes.fits("DE", "01067")).isTrue();
    assertThat(PostalCodes.fits("DE", "1067")).isFalse();
    assertThat(PostalCodes.fits("AT", "1010")).isTrue();
    assertThat(PostalCodes.fits("CH", "80015")).isFalse();
  }

  @Test
  void unknownCountriesAndEmptyCodesPass() {
    assertThat(PostalCodes.fits("BR", "01310-100")).isTrue();
    assertThat(PostalCodes.fits("DE", " ")).isTrue();
  }
}
