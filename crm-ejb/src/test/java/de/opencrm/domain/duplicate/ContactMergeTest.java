package de.opencrm.domain.duplicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.domain.admin.User;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.contact.Contact;
import de.opencrm.domain.contact.PhoneNumber;
import de.opencrm.domain.contact.Salutation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactMergeTest {

  private final User sales = new User("sales", "$2a$10$hash", Instant.now());

  private Contact contact(String first, String last, String email, String phone) {
    Contact c = new Contact(last, sales);
    c.name(Salutation.NONE, null, first, last);
    c.reach(email, phone == null ? null : PhoneNumber.parse(phone, "DE").orElseThrow());
    return c;
  }

  @Test
  void theSurvivorTakesTheChosenValuesAndAnUndoRestoresItsOwn() {
    Contact survivor = contact("Anna", "Meier", "anna@meier.example", null);
    Contact duplicate = contact("Anna", "Meyer", null, "030 1234567");
    duplicate.describe("Einkauf", LocalDate.of(1980, 5, 17), "de", null);

    Map<ContactField, String> before =
        ContactMerge.merge(
            survivor,
            duplicate,
            EnumSet.of(ContactField.LAST_NAME, ContactField.PHONE, ContactField.BIRTHDAY),
            id -> null);
    assertThat(survivor.getLastName()).isEqualTo("Meyer");
    assertThat(survivor.getPhone()).isEqualTo("+49301234567");
    assertThat(survivor.getBirthday()).isEqualTo(LocalDate.of(1980, 5, 17));
    assertThat(survivor.getEmail()).isEqualTo("anna@meier.example");
    assertThat(survivor.getPosition()).isNull();
    assertThat(duplicate.isMerged()).isTrue();
    assertThat(before)
        .containsEntry(ContactField.LAST_NAME, "Meier")
        .containsEntry(ContactField.PHONE, null)
        .containsEntry(ContactField.BIRTHDAY, null);

    MergeRecord record = new MergeRecord(RecordRef.Kind.CONTACT, 1, 2);
    record.replaced(before, Map.of());
    ContactMerge.undo(survivor, duplicate, record.survivorBefore(ContactField.class), id -> null);
    assertThat(survivor.getLastName()).isEqualTo("Meier");
    assertThat(survivor.getPhone()).isNull();
    assertThat(survivor.getBirthday()).isNull();
    assertThat(duplicate.isMerged()).isFalse();
  }

  @Test
  void aContactCannotGoIntoItselfOrIntoOneAlreadyMerged() {
    Contact a = contact("Anna", "Meier", null, null);
    assertThatThrownBy(() -> a.mergeInto(a)).isInstanceOf(IllegalArgumentException.class);
    Contact b = contact("Anna", "Meyer", null, null);
    Contact c = contact("Anna", "Maier", null, null);
    b.mergeInto(c);
    assertThatThrownBy(() -> a.mergeInto(b)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUndoIsRefusedOnceDoneOrAfterTheSurvivorChanged() {
    MergeRecord record = new MergeRecord(RecordRef.Kind.CONTACT, 1, 2);
    record.survivorSavedAt(3);
    assertThatThrownBy(() -> record.requireUndoable(4))
        .hasMessageStartingWith("merge.changedSince");
    record.requireUndoable(3);
    record.undo("sales", Instant.now());
    assertThatThrownBy(() -> record.requireUndoable(3))
        .hasMessageStartingWith("merge.alreadyUndone");
  }
}
