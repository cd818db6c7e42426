package de.opencrm.domain.customfield;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.RecordRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CustomFieldTest {

  private static CustomField field(CustomFieldType type) {
    CustomField field = new CustomField(RecordRef.Kind.ACCOUNT, "feld", type);
    field.describe("Feld", "Field", 10, true);
    return field;
  }

  private static String refusal(Runnable check) {
    try {
      check.run();
      return null;
    } catch (BusinessException e) {
      return e.getMessageKey();
    }
  }

  @Test
  void keysAreMadeFromGermanLabels() {
    assertThat(CustomField.keyFor("Vertragsende 2.")).isEqualTo("vertragsende_2");
    assertThat(CustomField.keyFor("Größe (m²)")).isEqualTo("groesse_m");
    assertThat(CustomField.keyFor("2. Ansprechpartner")).isEqualTo("f_2_ansprechpartner");
    assertThat(CustomField.keyFor("x".repeat(60))).hasSize(40);
  }

  @Test
  void keysAreLowerCaseLettersDigitsAndUnderscores() {
    assertThatThrownBy(() -> new CustomField(RecordRef.Kind.CONTACT, "Hobby", CustomFieldType.TEXT))
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("customField.keyInvalid");
    assertThatCode(() -> new CustomField(RecordRef.Kind.CONTACT, "hobby_2", CustomFieldType.TEXT))
        .doesNotThrowAnyException();
  }

  @Test
  void labelsAreRequiredInBothLanguagesAndChosenByLocale() {
    CustomField field = field(CustomFieldType.TEXT);
    assertThat(field.label(Locale.ENGLISH)).isEqualTo("Field");
    assertThat(field.label(Locale.GERMANY)).isEqualTo("Feld");
    assertThat(refusal(() -> field.describe("Feld", " ", 1, false)))
        .isEqualTo("customField.labelRequired");
  }

  @Test
  void requiredFieldsRefuseEmptyValues() {
    CustomField field = field(CustomFieldType.DATE);
    field.rules(true, null, null, null, null);
    assertThat(refusal(() -> field.check(CustomValue.ofDate(null), "f")))
        .isEqualTo("customField.missing");
    assertThat(refusal(() -> field.check(CustomValue.ofText("  "), "f")))
        .isEqualTo("customField.missing");
    assertThat(refusal(() -> field.check(CustomValue.ofDate(LocalDate.of(2026, 1, 1)), "f")))
        .isNull();
  }

  @Test
  void textsKeepTheirLength() {
    CustomField field = field(CustomFieldType.TEXT);
    field.rules(false, 5, null, null, null);
    assertThat(refusal(() -> field.check(CustomValue.ofText("12345"), "f"))).isNull();
    assertThat(refusal(() -> field.check(CustomValue.ofText("123456"), "f")))
        .isEqualTo("customField.tooLong");
    assertThat(refusal(() -> field.rules(false, 0, null, null, null)))
        .isEqualTo("customField.maxLengthRange");
  }

  @Test
  void numbersKeepTheirRangeAndPrecision() {
    CustomField field = field(CustomFieldType.NUMBER);
    field.rules(false, null, BigDecimal.ONE, BigDecimal.TEN, null);
    assertThat(refusal(() -> field.check(CustomValue.ofNumber(new BigDecimal("0.5")), "f")))
        .isEqualTo("customField.belowMin");
    assertThat(refusal(() -> field.check(CustomValue.ofNumber(new BigDecimal("10.0001")), "f")))
        .isEqualTo("customField.aboveMax");
    assertThat(refusal(() -> field.check(CustomValue.ofNumber(new BigDecimal("5.12345")), "f")))
        .isEqualTo("customField.numberTooPrecise");
    assertThat(refusal(() -> field.check(CustomValue.ofNumber(new BigDecimal("10.00")), "f")))
        .isNull();
    assertThat(refusal(() -> field.rules(false, null, BigDecimal.TEN, BigDecimal.ONE, null)))
        .isEqualTo("customField.rangeReversed");
  }

  @Test
  void choicesAreTidiedAndValuesMustBeOne() {
    CustomField field = field(CustomFieldType.CHOICE);
    field.rules(false, null, null, null, Arrays.asList(" Nord ", "", "Süd", null));
    assertThat(field.choiceList()).containsExactly("Nord", "Süd");
    assertThat(refusal(() -> field.check(CustomValue.ofText("Süd"), "f"))).isNull();
    assertThat(refusal(() -> field.check(CustomValue.ofText("Ost"), "f")))
        .isEqualTo("customField.unknownChoice");
    assertThat(refusal(() -> field.rules(false, null, null, null, List.of("A", "a"))))
        .isEqualTo("customField.choiceTwice");
    assertThat(refusal(() -> field.rules(false, null, null, null, List.of(" "))))
        .isEqualTo("customField.choicesRequired");
  }

  @Test
  void rulesOfAnotherTypeAreNotKept() {
    CustomField field = field(CustomFieldType.YES_NO);
    field.rules(false, 10, BigDecimal.ONE, BigDecimal.TEN, List.of("A"));
    assertThat(field.getMaxLength()).isNull();
    assertThat(field.getMinValue()).isNull();
    assertThat(field.choiceList()).isEmpty();
  }

  @Test
  void recordsDropEmptyValuesAndKeepEqualOnes() {
    CustomizedRecord record =
        new CustomizedRecord() {
          private final java.util.Map<Long, CustomValue> values = new java.util.HashMap<>();

          @Override
          public java.util.Map<Long, CustomValue> customValues() {
            return values;
          }
        };
    record.holdCustomValue(1, CustomValue.ofNumber(new BigDecimal("1.50")));
    CustomValue held = record.customValues().get(1L);
    record.holdCustomValue(1, CustomValue.ofNumber(new BigDecimal("1.5")));
    assertThat(record.customValues().get(1L)).isSameAs(held);
    record.holdCustomValue(1, CustomValue.ofText(""));
    assertThat(record.customValues()).isEmpty();
  }
}
