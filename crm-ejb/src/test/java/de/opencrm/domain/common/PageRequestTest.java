package de.opencrm.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void blankFilterMeansNoFilter() {
    assertThat(new PageRequest(0, 20, null, true, "   ").filter()).isNull();
    assertThat(new PageRequest(0, 20, null, true, " Meier ").filter()).isEqualTo("Meier");
  }

  @Test
  void pagesAreBounded() {
    assertThatThrownBy(() -> PageRequest.of(-1, 20)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PageRequest.of(0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PageRequest.of(0, PageRequest.MAX_SIZE + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
