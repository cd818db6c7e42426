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
  void aCriterionIsReplacedAndTheRestOfTheRequestKept() {
    PageRequest mine =
        new PageRequest(
            50, 20, "name", false, "Meier", java.util.Map.of("owner", "me", "open", "true"));

    PageRequest resolved = mine.withCriterion("owner", "42");

    assertThat(resolved.criterion("owner")).isEqualTo("42");
    assertThat(resolved.criterion("open")).isEqualTo("true");
    assertThat(resolved.first()).isEqualTo(50);
    assertThat(resolved.filter()).isEqualTo("Meier");
    assertThat(mine.criterion("owner")).as("unchanged").isEqualTo("me");
  }

  @Test
  void pagesAreBounded() {
    assertThatThrownBy(() -> PageRequest.of(-1, 20)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PageRequest.of(0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PageRequest.of(0, PageRequest.MAX_SIZE + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
