package de.opencrm.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.domain.quote.QuoteNumber;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NumberRangeTest {

  @Test
  void numbersCountUpWithinAYearAndStartAgainInTheNext() {
    NumberRange range = new NumberRange(NumberRange.QUOTE, 2026, 41);

    assertThat(QuoteNumber.text(range.next(LocalDate.of(2026, 11, 24)))).isEqualTo("AN-2026-00042");
    assertThat(QuoteNumber.text(range.next(LocalDate.of(2026, 12, 31)))).isEqualTo("AN-2026-00043");
    assertThat(QuoteNumber.text(range.next(LocalDate.of(2027, 1, 1)))).isEqualTo("AN-2027-00001");
    assertThat(QuoteNumber.text(range.next(LocalDate.of(2027, 1, 2)))).isEqualTo("AN-2027-00002");
  }
}
