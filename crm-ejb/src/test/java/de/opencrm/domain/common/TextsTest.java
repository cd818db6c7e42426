package de.opencrm.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void blanksBecomeNothingAndTextLosesItsSurroundingSpace() {
    assertThat(Texts.trimToNull(null)).isNull();
    assertThat(Texts.trimToNull(" \t ")).isNull();
    assertThat(Texts.trimToNull("  Köln ")).isEqualTo("Köln");
  }
}
