package de.opencrm.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.domain.activity.Activity;
import de.opencrm.domain.activity.ActivityType;
import de.opencrm.domain.activity.JournalTarget;
import de.opencrm.domain.activity.Task;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.contact.Contact;
import de.opencrm.domain.document.Document;
import de.opencrm.domain.document.DocumentStore;
import de.opencrm.domain.document.DocumentType;
import de.opencrm.domain.document.UploadPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErasurePlanTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final User SALES = new User("sales", "$2a$10$hash", NOW);
  private static final Contact PERSON = new Contact("Weiß", SALES);

  private static Activity activity(ActivityType type, String when) {
    Activity activity = new Activity(JournalTarget.of(PERSON), SALES);
    activity.record(type, type + " " + when, Instant.parse(when), 10, null, null);
    return activity;
  }

  private static Document document(String filedAt) {
    Document document =
        new Document(
            JournalTarget.of(PERSON),
            new UploadPolicy.AcceptedUpload("Rechnung.pdf", DocumentType.PDF),
            new DocumentStore.StoredFile(filedAt, 100, "0".repeat(64)),
            SALES);
    document.recordCreation("sales", Instant.parse(filedAt));
    return document;
  }

  private static Consent consent(Instant givenAt) {
    return new Consent(
        PERSON,
        ConsentPurpose.NEWSLETTER,
        ConsentChannel.EMAIL,
        LegalBasis.CONSENT,
        ConsentSource.WEB_FORM,
        givenAt,
        "Formular /newsletter",
        NOW);
  }

  @Test
  void emailsAreKeptSixYearsFromTheEndOfTheirYearCallsAndNotesGo() {
    Activity recentMail = activity(ActivityType.EMAIL, "2021-03-01T09:00:00Z");
    Activity newYearMail = activity(ActivityType.EMAIL, "2019-12-31T23:30:00Z");
    Activity call = activity(ActivityType.CALL, "2026-11-20T09:00:00Z");
    Activity note = activity(ActivityType.NOTE, "2026-11-21T09:00:00Z");

    ErasurePlan plan =
        ErasurePlan.of(
            List.of(recentMail, newYearMail, call, note),
            List.of(),
            List.of(),
            List.of(),
            NOW,
            BERLIN);

    assertThat(plan.activitiesToKeep()).containsEntry(recentMail, LocalDate.of(2027, 12, 31));
    assertThat(plan.activitiesToKeep())
        .as("sent at 00:30 on New Year's Day 2020 in Berlin (still 2019 in UTC): kept through 2026")
        .containsEntry(newYearMail, LocalDate.of(2026, 12, 31));
    assertThat(plan.activitiesToDelete()).containsExactly(call, note);
  }

  @Test
  void anEmailWhosePeriodEndedGoes() {
    Activity ancient = activity(ActivityType.EMAIL, "2019-06-01T09:00:00Z");

    ErasurePlan plan =
        ErasurePlan.of(List.of(ancient), List.of(), List.of(), List.of(), NOW, BERLIN);

    assertThat(plan.activitiesToDelete()).containsExactly(ancient);
    assertThat(plan.kept()).isEmpty();
  }

  @Test
  void documentsAreKeptEightYearsTasksAlwaysGoAndConsentsStayAsProof() {
    Document invoice = document("2020-05-04T08:00:00Z");
    Document ancient = document("2017-05-04T08:00:00Z");
    Task task = new Task(JournalTarget.of(PERSON));
    Consent active = consent(NOW.minusSeconds(86_400));

    ErasurePlan plan =
        ErasurePlan.of(
            List.of(), List.of(task), List.of(invoice, ancient), List.of(active), NOW, BERLIN);

    assertThat(plan.documentsToKeep()).containsEntry(invoice, LocalDate.of(2028, 12, 31));
    assertThat(plan.documentsToDelete()).containsExactly(ancient);
    assertThat(plan.tasksToDelete()).containsExactly(task);
    assertThat(plan.consentsToKeep()).containsEntry(active, LocalDate.of(2029, 12, 31));
    assertThat(plan.kept())
        .extracting(ErasurePlan.KeptGroup::kind, ErasurePlan.KeptGroup::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("documents", 1),
            org.assertj.core.groups.Tuple.tuple("consents", 1));
    assertThat(plan.kept().get(0).duty()).isEqualTo(RetentionDuty.ACCOUNTING_VOUCHER);
  }
}
