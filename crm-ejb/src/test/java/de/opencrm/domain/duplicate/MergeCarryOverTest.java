package de.opencrm.domain.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.domain.admin.User;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.contact.Contact;
import de.opencrm.domain.customfield.CustomValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MergeCarryOverTest {

  private static final long HOBBY = 7;
  private static final long SIZE = 8;
  private static final long SINCE = 9;

  private final User sales = new User("sales", "$2a$10$hash", Instant.now());

  @Test
  void ofTwoCustomValuesTheChosenOneWinsAndAnUndoPutsTheSurvivorsBack() {
    Contact survivor = new Contact("Meier", sales);
    Contact duplicate = new Contact("Meyer", sales);
    survivor.holdCustomValue(HOBBY, CustomValue.ofText("Segeln = \"Jolle\"\nund mehr"));
    survivor.holdCustomValue(SIZE, CustomValue.ofNumber(new BigDecimal("12.5")));
    duplicate.holdCustomValue(HOBBY, CustomValue.ofText("Rudern"));
    duplicate.holdCustomValue(SIZE, CustomValue.ofNumber(new BigDecimal("40")));
    duplicate.holdCustomValue(SINCE, CustomValue.ofDate(LocalDate.of(2019, 3, 1)));

    MergeCarryOver.Carried carried = MergeCarryOver.carry(survivor, duplicate, Set.of(HOBBY));

    assertThat(survivor.customValues())
        .containsEntry(HOBBY, CustomValue.ofText("Rudern"))
        .containsEntry(SIZE, CustomValue.ofNumber(new BigDecimal("12.5")))
        .containsEntry(SINCE, CustomValue.ofDate(LocalDate.of(2019, 3, 1)));
    assertThat(carried.gained()).containsExactly(new MovedRow(MovedRow.Kind.CUSTOM_VALUE, SINCE));

    MergeRecord record = new MergeRecord(RecordRef.Kind.CONTACT, 1, 2);
    record.replaced(Map.of(ContactField.LAST_NAME, "Meier"), carried.replaced());
    assertThat(record.survivorBefore(ContactField.class)).containsOnlyKeys(ContactField.LAST_NAME);

    MergeCarryOver.takeBack(survivor, carried.gained(), record.customBefore());
    assertThat(survivor.customValues())
        .containsOnly(
            Map.entry(HOBBY, CustomValue.ofText("Segeln = \"Jolle\"\nund mehr")),
            Map.entry(SIZE, CustomValue.ofNumber(new BigDecimal("12.5"))));
  }

  @Test
  void numbersDatesAndFlagsSurviveTheRecordsText() {
    MergeRecord record = new MergeRecord(RecordRef.Kind.ACCOUNT, 1, 2);
    record.replaced(
        Map.of(),
        Map.of(
            1L, CustomValue.ofNumber(new BigDecimal("-0.0001")),
            2L, CustomValue.ofDate(LocalDate.of(2026, 12, 7)),
            3L, CustomValue.ofFlag(Boolean.FALSE)));
    assertThat(record.customBefore())
        .containsOnly(
            Map.entry(1L, CustomValue.ofNumber(new BigDecimal("-0.0001"))),
            Map.entry(2L, CustomValue.ofDate(LocalDate.of(2026, 12, 7))),
            Map.entry(3L, CustomValue.ofFlag(Boolean.FALSE)));
    assertThat(record.survivorBefore(AccountField.class)).isEmpty();
  }
}
