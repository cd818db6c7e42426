package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.application.activity.ActivityForm;
import de.opencrm.application.activity.JournalService;
import de.opencrm.application.activity.TaskService;
import de.opencrm.application.admin.PermissionService;
import de.opencrm.application.admin.VisibilityRow;
import de.opencrm.application.audit.AuditRow;
import de.opencrm.application.audit.AuditService;
import de.opencrm.application.contact.ContactForm;
import de.opencrm.application.contact.ContactService;
import de.opencrm.application.privacy.ConsentForm;
import de.opencrm.application.privacy.ConsentService;
import de.opencrm.application.privacy.SubjectAccessService;
import de.opencrm.application.privacy.SubjectHit;
import de.opencrm.domain.activity.ActivityType;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.Visibility;
import de.opencrm.domain.audit.AuditAction;
import de.opencrm.domain.audit.AuditSearch;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.privacy.ConsentChannel;
import de.opencrm.domain.privacy.ConsentPurpose;
import de.opencrm.domain.privacy.ConsentRow;
import de.opencrm.domain.privacy.ConsentSource;
import de.opencrm.domain.privacy.LegalBasis;
import de.opencrm.integration.disclosure.Disclosure;
import de.opencrm.integration.disclosure.DisclosureJson;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
}
