package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.application.account.AccountForm;
import de.opencrm.application.account.AccountService;
import de.opencrm.application.activity.ActivityForm;
import de.opencrm.application.activity.JournalService;
import de.opencrm.application.activity.TaskForm;
import de.opencrm.application.activity.TaskService;
import de.opencrm.application.contact.ContactForm;
import de.opencrm.application.contact.ContactService;
import de.opencrm.domain.activity.ActivityRow;
import de.opencrm.domain.activity.ActivityType;
import de.opencrm.domain.activity.TaskPriority;
import de.opencrm.domain.activity.TaskRow;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The journal and tasks on PostgreSQL: timelines of a person and their company, newest first and
 * paged; who may change an entry; open tasks of a user sorted by due day and urgency.
 */
@ExtendWith(ArquillianExtension.class)
class JournalIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(JournalIT.class);
  }

  @Inject JournalService journal;
  @Inject TaskService tasks;
  @Inject AccountService accounts;
  @Inject ContactService contacts;

  private final String tag = UUID.randomUUID().toString().substring(0, 6);

  /** Authenticated inside the server; Arquillian also builds this class on the client side. */
  private static As sales() {
    return As.user("sales", "demo");
  }

  private long companyWithPerson(long[] contactId) throws Exception {
    AccountForm company = new AccountForm();
    company.setName("Journal GmbH " + tag);
    long accountId = sales().call(() -> accounts.createAccount(company));
    ContactForm person = new ContactForm();
    person.setLastName("Krüger " + tag);
    person.setAccountId(accountId);
    contactId[0] = sales().call(() -> contacts.createContact(person));
    return accountId;
  }

  private ActivityForm entry(RecordRef record, ActivityType type, String subject, LocalDateTime at)
      throws Exception {
    ActivityForm form = sales().call(() -> journal.newActivity(record));
    form.setType(type);
    form.setSubject(subject);
    form.setOccurredAt(at);
    form.setDurationMinutes(20);
    return form;
  }

  @Test
  void whatIsLoggedOnAPersonShowsOnTheirCompanysTimelineNewestFirstAndPaged() throws Exception {
    long[] contactId = new long[1];
    long accountId = companyWithPerson(contactId);
    RecordRef person = RecordRef.contact(contactId[0]);
    RecordRef company = RecordRef.account(accountId);
    LocalDateTime start = LocalDateTime.of(2026, 11, 2, 9, 0);
    for (int i = 0; i < 12; i++) {
      ActivityForm form = entry(person, ActivityType.CALL, "Anruf " + i, start.plusDays(i));
      sales().call(() -> journal.logActivity(form));
    }
    ActivityForm note = entry(company, ActivityType.NOTE, "Preisliste verschickt", start);
    long noteId = sales().call(() -> journal.logActivity(note));

    var first = sales().call(() -> journal.timeline(company, PageRequest.of(0, 10)));
    assertThat(first.total()).isEqualTo(13);
    assertThat(first.rows()).extracting(ActivityRow::subject).first().isEqualTo("Anruf 11");
    assertThat(first.rows().get(0).contactId()).isEqualTo(contactId[0]);
    assertThat(first.rows().get(0).contactName()).isEqualTo("Krüger " + tag);
    assertThat(first.rows().get(0).durationMinutes()).isEqualTo(20);
    assertThat(first.rows().get(0).authorName()).isNotBlank();
    var second = sales().call(() -> journal.timeline(company, PageRequest.of(10, 10)));
    assertThat(second.rows()).extracting(ActivityRow::subject).hasSize(3).contains("Anruf 0");
    ActivityRow storedNote =
        second.rows().stream().filter(r -> r.id() == noteId).findFirst().orElseThrow();
    assertThat(storedNote.durationMinutes()).as("a note has no duration").isNull();

    var ofPerson = sales().call(() -> journal.timeline(person, PageRequest.of(0, 50)));
    assertThat(ofPerson.total()).isEqualTo(12);

    ActivityForm reloaded = sales().call(() -> journal.loadActivity(noteId));
    assertThat(reloaded.getOccurredAt()).isEqualTo(start);
  }

  @Test
  void onlyTheAuthorChangesAnEntryAndAStaleEditIsRefused() throws Exception {
    long[] contactId = new long[1];
    companyWithPerson(contactId);
    ActivityForm form =
        entry(
            RecordRef.contact(contactId[0]),
            ActivityType.MEETING,
            "Messe",
            LocalDateTime.of(2026, 11, 20, 10, 0));
    long id = sales().call(() -> journal.logActivity(form));

    As service = As.user("service", "demo");
    ActivityForm theirs = service.call(() -> journal.loadActivity(id));
    assertThat(theirs.isEditable()).isFalse();
    theirs.setOutcome("geändert");
    assertThatThrownBy(() -> service.run(() -> journal.updateActivity(theirs)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("activity.notYours");

    ActivityForm first = sales().call(() -> journal.loadActivity(id));
    ActivityForm second = sales().call(() -> journal.loadActivity(id));
    first.setOutcome("Angebot angefragt");
    sales().run(() -> journal.updateActivity(first));
    second.setOutcome("anders");
    assertThatThrownBy(() -> sales().run(() -> journal.updateActivity(second)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("error.concurrentEdit");

    ActivityForm tooLong = sales().call(() -> journal.loadActivity(id));
    tooLong.setDurationMinutes(2000);
    assertThatThrownBy(() -> sales().run(() -> journal.updateActivity(tooLong)))
        .satisfiesAnyOf(
            e -> assertThat(e).isInstanceOf(ConstraintViolationException.class),
            e -> assertThat(e).hasCauseInstanceOf(ConstraintViolationException.class))
        .hasStackTraceContaining("durationMinutes");
    As auditor = As.user("auditor", "demo");
    assertThatThrownBy(
            () ->
                auditor.call(
                    () -> journal.timeline(RecordRef.contact(contactId[0]), PageRequest.of(0, 5))))
        .isInstanceOf(EJBAccessException.class);
  }

  @Test
  void aColleaguesTaskIsTheirsToCompleteSortedByDueDayThenUrgency() throws Exception {
    long[] contactId = new long[1];
    long accountId = companyWithPerson(contactId);
    As sales2 = As.user("sales2", "demo");
    long sales2Id = sales2.call(() -> tasks.newTask(RecordRef.account(accountId))).getAssigneeId();
    LocalDate today = LocalDate.now();
    long[] ids = new long[3];
    Object[][] plans = {
      {"Rückruf " + tag, today.minusDays(2), TaskPriority.LOW},
      {"Angebot " + tag, today.plusDays(1), TaskPriority.NORMAL},
      {"Vertrag " + tag, today.plusDays(1), TaskPriority.HIGH}
    };
    for (int i = 0; i < plans.length; i++) {
      TaskForm form = sales().call(() -> tasks.newTask(RecordRef.contact(contactId[0])));
      form.setSubject((String) plans[i][0]);
      form.setDueDate((LocalDate) plans[i][1]);
      form.setPriority((TaskPriority) plans[i][2]);
      form.setAssigneeId(sales2Id);
      ids[i] = sales().call(() -> tasks.createTask(form));
    }

    var mine =
        sales2.call(() -> tasks.myOpenTasks(PageRequest.of(0, 200))).rows().stream()
            .filter(r -> r.subject().endsWith(tag))
            .toList();
    assertThat(mine)
        .extracting(TaskRow::subject)
        .containsExactly("Rückruf " + tag, "Vertrag " + tag, "Angebot " + tag);
    assertThat(mine.get(0).overdue(today)).isTrue();
    assertThat(mine.get(0).accountName()).isEqualTo("Journal GmbH " + tag);
    assertThat(mine.get(0).contactName()).isEqualTo("Krüger " + tag);
    var aboutCompany =
        sales()
            .call(() -> tasks.openTasksAbout(RecordRef.account(accountId), PageRequest.of(0, 10)));
    assertThat(aboutCompany.total()).isEqualTo(3);

    As service = As.user("service", "demo");
    assertThatThrownBy(() -> service.run(() -> tasks.completeTask(ids[0])))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("task.notYours");
    sales2.run(() -> tasks.completeTask(ids[0]));
    assertThat(sales2.call(() -> tasks.myOpenTasks(PageRequest.of(0, 200))).rows())
        .noneMatch(r -> r.id() == ids[0]);
    sales().run(() -> tasks.reopenTask(ids[0]));
    assertThat(sales2.call(() -> tasks.myOpenTasks(PageRequest.of(0, 200))).rows())
        .anyMatch(r -> r.id() == ids[0]);
  }
}
