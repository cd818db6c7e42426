package de.opencrm.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailShapeTest {

  @Test
  void anAddressNeedsAnAtSignAndADomainWithADot() {
    assertThat(EmailShape.fits("anna.schulte@example.de")).isTrue();
    assertThat(EmailShape.fits("  anna@example.de ")).isTrue();
    assertThat(EmailShape.fits("anna@example")).isFalse();
    assertThat(EmailShape.fits("anna(at)example.de")).isFalse();
    assertThat(EmailShape.fits("anna @example.de")).isFalse();
    assertThat(EmailShape.fits("a@b@c.de")).isFalse();
    assertThat(EmailShape.fits("")).isFalse();
    assertThat(EmailShape.fits(null)).isFalse();
  }
}
