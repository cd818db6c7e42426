package de.opencrm.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresqlOnlyTest {

  private static String copied(Object value) throws Exception {
    PostgresqlOnly.CopyText text = new PostgresqlOnly.CopyText(16, null);
    text.row(new Object[] {value});
    return text.toString().substring(0, text.toString().length() - 1);
  }

  @Test
  void rowsAreLinesOfTabSeparatedValues() throws Exception {
    PostgresqlOnly.CopyText text = new PostgresqlOnly.CopyText(16, null);
    Instant at = Instant.parse("2026-11-25T02:00:00Z");
    text.row(new Object[] {"a", 1L, at});
    text.row(new Object[] {"b", null, Instant.parse("2026-11-25T02:00:00Z")});
    assertThat(text.toString())
        .isEqualTo("a\t1\t2026-11-25T02:00:00Z\nb\t\\N\t2026-11-25T02:00:00Z\n");
  }

  @Test
  void copiedValuesReadBackAsTheyWere() throws Exception {
    assertThat(copied(null)).isEqualTo("\\N");
    assertThat(copied("Müller & Söhne")).isEqualTo("Müller & Söhne");
    assertThat(copied("a\\b\tc\nd\re")).isEqualTo("a\\\\b\\tc\\nd\\re");
    assertThat(copied("Köln\r\n")).isEqualTo("Köln\\r\\n");
    assertThat(copied("Łódź 😀 €")).as("beyond Latin-1").isEqualTo("Łódź 😀 €");
    assertThat(copied("Zürich\tOst")).isEqualTo("Zürich\\tOst");
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

  @Test
  void fullBuffersGoToTheSinkAsTheyFillAndTheRestOnFlush() throws Exception {
    ByteArrayOutputStream sent = new ByteArrayOutputStream();
    List<Integer> writes = new ArrayList<>();
    PostgresqlOnly.CopyText text =
        new PostgresqlOnly.CopyText(
            10,
            (bytes, offset, length) -> {
              sent.write(bytes, offset, length);
              writes.add(length);
            });
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      text.row(new Object[] {"Straße " + i, (long) i});
      expected.append("Straße ").append(i).append('\t').append(i).append('\n');
    }
    assertThat(writes).as("sent as the buffer filled, a row never split").hasSize(50);
    text.row(new Object[] {"x"});
    text.flush();
    text.flush();
    assertThat(writes).hasSize(51);
    assertThat(sent.toString(StandardCharsets.UTF_8)).isEqualTo(expected + "x\n");
  }

  @Test
  void aBufferGrowsForALongValue() throws Exception {
    PostgresqlOnly.CopyText text = new PostgresqlOnly.CopyText(4, null);
    String longText = "ä".repeat(5000) + "b".repeat(5000);
    text.row(new Object[] {longText, longText});
    assertThat(text.toString()).isEqualTo(longText + "\t" + longText + "\n");
  }
}
