package de.opencrm.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

  @Test
  void umlautsAndSharpSAreSpelledOutAsGermansTypeThemWithoutUmlauts() {
    assertThat(SearchText.fold("Müller"))
        .isEqualTo(SearchText.fold("Mueller"))
        .isEqualTo("mueller");
    assertThat(SearchText.fold("Großhandel Köln")).isEqualTo("grosshandel koeln");
    assertThat(SearchText.fold("Hauptstraße")).isEqualTo(SearchText.fold("Hauptstrasse"));
  }

  @Test
  void otherAccentsAreDroppedAndSpacesCollapsed() {
    assertThat(SearchText.fold("  Café   Crème ")).isEqualTo("cafe creme");
    assertThat(SearchText.fold(null)).isNull();
  }
}
