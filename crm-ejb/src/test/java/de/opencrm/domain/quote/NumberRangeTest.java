package de.opencrm.domain.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NumberRangeTest {

  @Test
  void numbersCountUpWithinAYearAndStartAgainInTheNext() {
    NumberRange range = new NumberRange(NumberRange.QUOTE, 2026, 41);

    assertThat(range.next(LocalDate.of(2026, 11, 24)).text()).isEqualTo("AN-2026-00042");
    assertThat(range.next(LocalDate.of(2026, 12, 31)).text()).isEqualTo("AN-2026-00043");
    assertThat(range.next(LocalDate.of(2027, 1, 1)).text()).isEqualTo("AN-2027-00001");
    assertThat(range.next(LocalDate.of(2027, 1, 2)).text()).isEqualTo("AN-2027-00002");
  }
}
