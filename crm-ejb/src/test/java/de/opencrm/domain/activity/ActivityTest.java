package de.opencrm.domain.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.domain.account.Account;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.contact.Contact;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActivityTest {

  private static final Instant AT = Instant.parse("2026-11-20T14:30:00Z");
  private final User sales = new User("sales", "$2a$10$hash", AT);

  @Test
  void anEntryOnAPersonAlsoBelongsToTheirCompany() {
    Account account = new Account("Rheinland Logistik", sales);
    Contact contact = new Contact("Krüger", sales);
    contact.describe(null, null, null, account);
    Activity call = new Activity(JournalTarget.of(contact), sales);
    assertThat(call.getContact()).isSameAs(contact);
    assertThat(call.getAccount()).isSameAs(account);

    Contact privateCustomer = new Contact("Schulze", sales);
    Activity note = new Activity(JournalTarget.of(privateCustomer), sales);
    assertThat(note.getAccount()).isNull();
  }

  @Test
  void aNoteHasNoDurationAndBlankTextsAreDropped() {
    Activity note = new Activity(JournalTarget.of(new Account("Würfel", sales)), sales);
    note.record(ActivityType.NOTE, " Preisliste geschickt ", AT, 30, "  ", "");
    assertThat(note.getSubject()).isEqualTo("Preisliste geschickt");
    assertThat(note.getDurationMinutes()).isNull();
    assertThat(note.getParticipants()).isNull();
    assertThat(note.getOutcome()).isNull();

    note.record(ActivityType.CALL, "Rückruf", AT, 15, "Herr Krüger", "Termin vereinbart");
    assertThat(note.getDurationMinutes()).isEqualTo(15);
  }

  @Test
  void anEntryNeedsACompanyOrAPerson() {
    assertThatThrownBy(() -> new JournalTarget(null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
