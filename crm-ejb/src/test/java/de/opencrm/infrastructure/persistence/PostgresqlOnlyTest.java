package de.opencrm.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PostgresqlOnlyTest {

  private static String copied(Object value) {
    PostgresqlOnly.CopyText text = new PostgresqlOnly.CopyText(16);
    text.row(new Object[] {value});
    return text.toString().substring(0, text.toString().length() - 1);
  }

  @Test
  void rowsAreLinesOfTabSeparatedValues() {
    PostgresqlOnly.CopyText text = new PostgresqlOnly.CopyText(16);
    Instant at = Instant.parse("2026-11-25T02:00:00Z");
    text.row(new Object[] {"a", 1L, at});
    text.row(new Object[] {"b", null, Instant.parse("2026-11-25T02:00:00Z")});
    assertThat(text.toString())
        .isEqualTo("a\t1\t2026-11-25T02:00:00Z\nb\t\\N\t2026-11-25T02:00:00Z\n");
  }

  @Test
  void copiedValuesReadBackAsTheyWere() {
    assertThat(copied(null)).isEqualTo("\\N");
    assertThat(copied("Müller & Söhne")).isEqualTo("Müller & Söhne");
    assertThat(copied("a\\b\tc\nd\re")).isEqualTo("a\\\\b\\tc\\nd\\re");
    assertThat(copied("Köln\r\n")).isEqualTo("Köln\\r\\n");
    assertThat(copied("\\N")).as("the text, not a null").isEqualTo("\\\\N");
    assertThat(copied(true)).isEqualTo("t");
    assertThat(copied(false)).isEqualTo("f");
    assertThat(copied(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(copied(new BigDecimal("-12.50"))).isEqualTo("-12.50");
    assertThat(copied(new BigDecimal("0.0000001"))).isEqualTo("0.0000001");
    assertThat(copied(new BigDecimal("123456789012345.99"))).isEqualTo("123456789012345.99");
    assertThat(copied(42L)).isEqualTo("42");
    assertThat(copied(LocalDate.of(2026, 2, 3))).isEqualTo("2026-02-03");
    assertThat(copied(Instant.parse("2026-11-25T02:00:00.123Z")))
        .isEqualTo("2026-11-25T02:00:00.123Z");
  }
}
