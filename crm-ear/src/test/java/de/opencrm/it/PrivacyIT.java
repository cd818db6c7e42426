package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.opencrm.application.activity.ActivityForm;
import de.opencrm.application.activity.JournalService;
import de.opencrm.application.activity.TaskService;
import de.opencrm.application.admin.PermissionService;
import de.opencrm.application.admin.VisibilityRow;
import de.opencrm.application.audit.AuditRow;
import de.opencrm.application.audit.AuditService;
import de.opencrm.application.contact.ContactForm;
import de.opencrm.application.contact.ContactService;
import de.opencrm.application.document.DocumentService;
import de.opencrm.application.privacy.ConsentForm;
import de.opencrm.application.privacy.ConsentService;
import de.opencrm.application.privacy.ErasurePreview;
import de.opencrm.application.privacy.ErasureService;
import de.opencrm.application.privacy.SubjectAccessService;
import de.opencrm.application.privacy.SubjectHit;
import de.opencrm.domain.activity.ActivityType;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.Visibility;
import de.opencrm.domain.audit.AuditAction;
import de.opencrm.domain.audit.AuditSearch;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.privacy.ConsentChannel;
import de.opencrm.domain.privacy.ConsentPurpose;
import de.opencrm.domain.privacy.ConsentRow;
import de.opencrm.domain.privacy.ConsentSource;
import de.opencrm.domain.privacy.LegalBasis;
import de.opencrm.integration.disclosure.Disclosure;
import de.opencrm.integration.disclosure.DisclosureJson;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Consents and subject access through the container: who records and withdraws consents on whom,
 * what a disclosure holds, and that both end up in the audit journal.
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(PrivacyIT.class);
  }

  @Inject ContactService contacts;
  @Inject ConsentService consents;
  @Inject SubjectAccessService subjects;
  @Inject JournalService journal;
  @Inject TaskService tasks;
  @Inject AuditService audit;
  @Inject PermissionService permissions;
  @Inject ErasureService erasures;
  @Inject DocumentService documents;

  @Resource(lookup = "java:jboss/datasources/CrmDS")
  DataSource dataSource;

  private long person(As owner, String lastName) throws Exception {
    ContactForm form = new ContactForm();
    form.setFirstName("Jürgen");
    form.setLastName(lastName);
    form.setEmail(lastName.toLowerCase().replace(' ', '.') + "@example.de");
    form.setBirthday(LocalDate.of(1970, 3, 14));
    form.setCity("Köln");
    return owner.call(() -> contacts.createContact(form));
  }

  private static ConsentForm newsletter(long contactId) {
    ConsentForm form = new ConsentForm();
    form.setContactId(contactId);
    form.setPurpose(ConsentPurpose.NEWSLETTER);
    form.setChannel(ConsentChannel.EMAIL);
    form.setLegalBasis(LegalBasis.CONSENT);
    form.setSource(ConsentSource.DOUBLE_OPT_IN);
    form.setGivenAt(LocalDateTime.now().minusDays(3).withNano(0));
    form.setProof("Formular /newsletter, bestätigt per Link aus der Mail vom Vortag");
    return form;
  }

  @Test
  void aConsentIsRecordedOnceWithdrawnOnceAndBothAreInTheAuditJournal() throws Exception {
    As sales = As.user("sales", "demo");
    long id = person(sales, "Weiß " + TestData.letterTag());

    long consentId = sales.call(() -> consents.recordConsent(newsletter(id)));
    assertThatThrownBy(() -> sales.call(() -> consents.recordConsent(newsletter(id))))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("consent.alreadyActive");

    ConsentRow recorded = sales.call(() -> consents.consentsOf(id)).get(0);
    assertThat(recorded.active()).isTrue();
    assertThat(recorded.recordedBy()).isEqualTo("sales");
    As service = As.user("service", "demo");
    service.run(
        () -> consents.withdrawConsent(consentId, recorded.version(), "Anruf bei der Hotline"));
    assertThatThrownBy(
            () ->
                sales.run(
                    () ->
                        consents.withdrawConsent(
                            consentId, recorded.version(), "zweiter Klick, alte Seite")))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("error.concurrentEdit");

    List<ConsentRow> after = sales.call(() -> consents.consentsOf(id));
    assertThat(after).hasSize(1);
    assertThat(after.get(0).active()).isFalse();
    assertThat(after.get(0).withdrawalNote()).isEqualTo("Anruf bei der Hotline");
    sales.call(() -> consents.recordConsent(newsletter(id)));
    assertThat(sales.call(() -> consents.consentsOf(id)))
        .extracting(ConsentRow::active)
        .as("a new consent after the withdrawal, listed first")
        .containsExactly(true, false);

    List<AuditRow> trail =
        As.user("auditor", "demo").call(() -> audit.recordHistory("Consent", consentId, 0, 10));
    assertThat(trail).extracting(AuditRow::action).contains(AuditAction.CREATE, AuditAction.UPDATE);
    assertThat(trail.get(0).username()).isEqualTo("service");
  }

  @Test
  void salesRecordConsentsOnlyOnPeopleTheySeeWhileTheDataProtectionOfficerReachesEveryone()
      throws Exception {
    As admin = As.user("admin", "demo");
    VisibilityRow contactsOfSales =
        admin.call(() -> permissions.visibilities()).stream()
            .filter(v -> v.area() == Area.CONTACTS && v.role() == Role.SALES)
            .findFirst()
            .orElseThrow();
    long id = person(As.user("sales2", "demo"), "Süd " + TestData.letterTag());
    admin.run(
        () ->
            permissions.changeVisibility(
                contactsOfSales.id(), contactsOfSales.version(), Visibility.OWN));
    try {
      assertThatThrownBy(
              () -> As.user("sales", "demo").call(() -> consents.recordConsent(newsletter(id))))
          .hasMessageContaining("contact.notFound");
      As.user("privacy", "demo").call(() -> consents.recordConsent(newsletter(id)));
    } finally {
      VisibilityRow changed =
          admin.call(() -> permissions.visibilities()).stream()
              .filter(v -> v.id() == contactsOfSales.id())
              .findFirst()
              .orElseThrow();
      admin.run(
          () -> permissions.changeVisibility(changed.id(), changed.version(), Visibility.ALL));
    }
    assertThat(As.user("sales2", "demo").call(() -> consents.consentsOf(id))).hasSize(1);
  }

  @Test
  void theDisclosureHoldsEverythingAboutThePersonAndIsRecorded() throws Exception {
    As sales = As.user("sales", "demo");
    String name = "Auskunft " + TestData.letterTag();
    long id = person(sales, name);
    sales.call(() -> consents.recordConsent(newsletter(id)));
    ActivityForm call = sales.call(() -> journal.newActivity(RecordRef.contact(id)));
    call.setType(ActivityType.CALL);
    call.setSubject("Rückruf wegen Angebot");
    call.setOutcome("Wünscht Unterlagen per Post");
    sales.call(() -> journal.logActivity(call));
    var task = sales.call(() -> tasks.newTask(RecordRef.contact(id)));
    task.setSubject("Unterlagen senden");
    task.setDueDate(LocalDate.now().plusDays(2));
    sales.call(() -> tasks.createTask(task));

    As privacy = As.user("privacy", "demo");
    List<SubjectHit> hits = privacy.call(() -> subjects.findSubjects(name));
    assertThat(hits).extracting(SubjectHit::id).containsExactly(id);
    Disclosure disclosure = privacy.call(() -> subjects.disclose(id));

    Map<String, List<Map<String, Object>>> sections =
        disclosure.sections().stream()
            .collect(Collectors.toMap(Disclosure.Section::key, Disclosure.Section::records));
    assertThat(disclosure.subject()).contains(name);
    Map<String, Object> person = sections.get("person").get(0);
    assertThat(person)
        .containsEntry("lastName", name)
        .containsEntry("birthday", LocalDate.of(1970, 3, 14))
        .containsEntry("city", "Köln")
        .containsEntry("owner", "Stefan Schmitt");
    assertThat(sections.get("consents"))
        .singleElement()
        .satisfies(c -> assertThat(c).containsEntry("purpose", ConsentPurpose.NEWSLETTER));
    assertThat(sections.get("journal"))
        .singleElement()
        .satisfies(a -> assertThat(a).containsEntry("outcome", "Wünscht Unterlagen per Post"));
    assertThat(sections.get("tasks"))
        .extracting(t -> t.get("subject"))
        .containsExactly("Unterlagen senden");
    assertThat(sections.get("history"))
        .first()
        .satisfies(h -> assertThat(h).containsEntry("action", AuditAction.CREATE));
    assertThat(sections.get("history").toString())
        .as("the birthday is only marked as changed in the history")
        .doesNotContain("1970-03-14");

    ByteArrayOutputStream json = new ByteArrayOutputStream();
    DisclosureJson.write(disclosure, json);
    assertThat(json.toString(StandardCharsets.UTF_8))
        .contains("\"lastName\": \"" + name + "\"")
        .contains("\"purpose\": \"NEWSLETTER\"")
        .contains("Rückruf wegen Angebot");

    List<AuditRow> disclosed =
        As.user("auditor", "demo")
            .call(
                () ->
                    audit.search(
                        new AuditSearch("privacy", "Contact", id, AuditAction.DISCLOSE, null, null),
                        0,
                        10));
    assertThat(disclosed).hasSize(1);
    Map<String, String> covered =
        disclosed.get(0).changes().stream()
            .collect(Collectors.toMap(c -> c.field(), c -> c.after(), (a, b) -> a));
    assertThat(covered).containsEntry("consents", "1").containsEntry("journal", "1");
  }

  @Test
  void noOneButTheDataProtectionOfficerAndAdministratorsDiscloses() throws Exception {
    long id = person(As.user("sales", "demo"), "Geschützt " + TestData.letterTag());
    for (String user : List.of("sales", "manager", "marketing", "service", "auditor")) {
      assertThatThrownBy(() -> As.user(user, "demo").call(() -> subjects.disclose(id)))
          .as(user)
          .isInstanceOf(EJBAccessException.class);
    }
    assertThat(As.user("admin", "demo").call(() -> subjects.disclose(id)).sections()).isNotEmpty();
  }

  @Test
  void erasureAnonymisesThePersonDeletesWhatHasNoDutyAndKeepsTheRestRestricted() throws Exception {
    As sales = As.user("sales", "demo");
    String name = "Löschung " + TestData.letterTag();
    long id = person(sales, name);
    sales.call(() -> consents.recordConsent(newsletter(id)));
    ActivityForm mail = sales.call(() -> journal.newActivity(RecordRef.contact(id)));
    mail.setType(ActivityType.EMAIL);
    mail.setSubject("Angebot 4711 an " + name);
    sales.call(() -> journal.logActivity(mail));
    ActivityForm call = sales.call(() -> journal.newActivity(RecordRef.contact(id)));
    call.setType(ActivityType.CALL);
    call.setSubject("Privates Gespräch über Urlaub " + name);
    long callId = sales.call(() -> journal.logActivity(call));
    var task = sales.call(() -> tasks.newTask(RecordRef.contact(id)));
    task.setSubject("Geburtstagskarte " + name);
    task.setDueDate(LocalDate.now().plusDays(2));
    sales.call(() -> tasks.createTask(task));
    byte[] pdf = "%PDF-1.4 Rechnung".getBytes(StandardCharsets.US_ASCII);
    sales.call(
        () ->
            documents.fileDocument(
                RecordRef.contact(id), "Rechnung.pdf", pdf.length, new ByteArrayInputStream(pdf)));

    As privacy = As.user("privacy", "demo");
    ErasurePreview preview = privacy.call(() -> erasures.previewErasure(id));
    int year = LocalDate.now().getYear();
    assertThat(preview.journalDeleted()).isEqualTo(1);
    assertThat(preview.tasksDeleted()).isEqualTo(1);
    assertThat(preview.documentsDeleted()).isZero();
    assertThat(preview.kept())
        .extracting(
            ErasurePreview.Kept::kind, ErasurePreview.Kept::count, ErasurePreview.Kept::until)
        .containsExactly(
            tuple("journal", 1, LocalDate.of(year + 6, 12, 31)),
            tuple("documents", 1, LocalDate.of(year + 8, 12, 31)),
            tuple("consents", 1, LocalDate.of(year + 3, 12, 31)));
    assertThat(sales.call(() -> contacts.loadContact(id)).getLastName())
        .as("a preview changes nothing")
        .isEqualTo(name);

    privacy.call(() -> erasures.eraseSubject(id, preview.version(), "Schreiben vom 20.11., DS-17"));

    ContactForm erased = sales.call(() -> contacts.loadContact(id));
    assertThat(erased.getLastName()).isEqualTo("[gelöscht]");
    assertThat(erased.getFirstName()).isNull();
    assertThat(erased.getEmail()).isNull();
    assertThat(erased.getBirthday()).isNull();
    assertThat(erased.getCity()).isNull();
    assertThat(erased.getErasedAt()).isNotNull();
    assertThat(erased.isEditable()).isFalse();
    assertThatThrownBy(() -> sales.run(() -> contacts.updateContact(erased)))
        .hasMessageContaining("privacy.erased");
    assertThat(
            sales.call(() -> journal.timeline(RecordRef.contact(id), PageRequest.of(0, 10))).rows())
        .as("the kept e-mail is restricted, the call is gone")
        .isEmpty();
    assertThat(
            sales
                .call(() -> documents.filedOn(RecordRef.contact(id), PageRequest.of(0, 10)))
                .rows())
        .isEmpty();
    assertThat(sales.call(() -> consents.consentsOf(id))).isEmpty();
    assertThat(sales.call(() -> consents.acceptsConsents(id))).isFalse();
    assertThat(As.user("admin", "demo").call(() -> audit.countRecordHistory("Contact", id)))
        .as("the history holds the erased values: only auditors read it now")
        .isZero();
    assertThat(privacy.call(() -> consents.consentsOf(id)))
        .singleElement()
        .satisfies(c -> assertThat(c.active()).isFalse());
    assertThat(restrictedRows("crm_activity", id)).isEqualTo(1);
    assertThat(restrictedRows("crm_document", id)).isEqualTo(1);
    assertThat(rows("crm_activity", id)).as("only the e-mail is left").isEqualTo(1);
    assertThat(rows("crm_task", id)).isZero();
    ErasurePreview again = privacy.call(() -> erasures.previewErasure(id));
    assertThatThrownBy(
            () -> privacy.call(() -> erasures.eraseSubject(id, again.version(), "noch einmal")))
        .hasMessageContaining("privacy.alreadyErased");

    As auditor = As.user("auditor", "demo");
    List<AuditRow> erasure =
        auditor.call(
            () ->
                audit.search(
                    new AuditSearch("privacy", "Contact", id, AuditAction.ERASE, null, null),
                    0,
                    5));
    assertThat(erasure)
        .singleElement()
        .satisfies(e -> assertThat(e.changes().toString()).contains("DS-17"));
    List<AuditRow> history = auditor.call(() -> audit.recordHistory("Contact", id, 0, 10));
    AuditRow anonymised =
        history.stream()
            .filter(e -> e.action() == AuditAction.UPDATE && "privacy".equals(e.username()))
            .findFirst()
            .orElseThrow();
    assertThat(anonymised.changes().toString())
        .as("the erasure does not copy what it removes into the journal")
        .doesNotContain(name)
        .doesNotContain("Köln")
        .contains("•••");
    List<AuditRow> callDeleted =
        auditor.call(
            () ->
                audit.search(
                    new AuditSearch(null, "Activity", callId, AuditAction.DELETE, null, null),
                    0,
                    5));
    assertThat(callDeleted)
        .singleElement()
        .satisfies(e -> assertThat(e.changes().toString()).doesNotContain("Urlaub"));
  }

  private long restrictedRows(String table, long contactId) throws Exception {
    return count(
        "SELECT COUNT(*) FROM " + table + " WHERE contact_id = ? AND restricted_until IS NOT NULL",
        contactId);
  }

  private long rows(String table, long contactId) throws Exception {
    return count("SELECT COUNT(*) FROM " + table + " WHERE contact_id = ?", contactId);
  }

  private long count(String sql, long contactId) throws Exception {
    return Rows.count(dataSource, sql, contactId);
  }
}
