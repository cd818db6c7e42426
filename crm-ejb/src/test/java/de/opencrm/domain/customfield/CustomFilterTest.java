package de.opencrm.domain.customfield;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.domain.common.RecordRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomFilterTest {

  private static CustomFieldRow field(CustomFieldType type) {
    return new CustomFieldRow(
        7,
        RecordRef.Kind.CONTACT,
        "f",
        "F",
        "F",
        type,
        false,
        true,
        true,
        0,
        null,
        null,
        null,
        List.of());
  }

  @Test
  void rangesMayBeOpenOnEitherEnd() {
    CustomFilter from = CustomFilter.parse(field(CustomFieldType.NUMBER), "10..").orElseThrow();
    assertThat(from.fromNumber()).isEqualByComparingTo("10");
    assertThat(from.toNumber()).isNull();
    CustomFilter to = CustomFilter.parse(field(CustomFieldType.DATE), "..2026-12-31").orElseThrow();
    assertThat(to.fromDate()).isNull();
    assertThat(to.toDate()).isEqualTo(LocalDate.of(2026, 12, 31));
    CustomFilter exact = CustomFilter.parse(field(CustomFieldType.NUMBER), "3.5").orElseThrow();
    assertThat(exact.fromNumber()).isEqualByComparingTo(exact.toNumber());
  }

  @Test
  void whatRestrictsNothingOrIsNotValidIsNoFilter() {
    assertThat(CustomFilter.parse(field(CustomFieldType.NUMBER), "..")).isEmpty();
    assertThat(CustomFilter.parse(field(CustomFieldType.NUMBER), "zehn")).isEmpty();
    assertThat(CustomFilter.parse(field(CustomFieldType.DATE), "31.12.2026")).isEmpty();
    assertThat(CustomFilter.parse(field(CustomFieldType.YES_NO), "vielleicht")).isEmpty();
    assertThat(CustomFilter.parse(field(CustomFieldType.TEXT), "  ")).isEmpty();
    assertThat(CustomFilter.parse(null, "x")).isEmpty();
  }

  @Test
  void rangesAreWrittenAsTheyAreRead() {
    String written = CustomFilter.range(new BigDecimal("1E+3"), null);
    assertThat(written).isEqualTo("1000..");
    assertThat(
            CustomFilter.parse(field(CustomFieldType.NUMBER), written).orElseThrow().fromNumber())
        .isEqualByComparingTo("1000");
    assertThat(CustomFilter.range(null, LocalDate.of(2026, 1, 2))).isEqualTo("..2026-01-02");
    assertThat(CustomFilter.range(null, null)).isNull();
    assertThat(CustomFilter.parse(field(CustomFieldType.YES_NO), "true").orElseThrow().flag())
        .isTrue();
  }
}
