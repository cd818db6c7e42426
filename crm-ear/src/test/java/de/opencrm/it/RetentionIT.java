package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.application.activity.ActivityForm;
import de.opencrm.application.activity.JournalService;
import de.opencrm.application.audit.AuditRow;
import de.opencrm.application.audit.AuditService;
import de.opencrm.application.contact.ContactForm;
import de.opencrm.application.contact.ContactService;
import de.opencrm.application.lead.LeadForm;
import de.opencrm.application.lead.LeadService;
import de.opencrm.application.privacy.ErasureService;
import de.opencrm.application.privacy.RetentionService;
import de.opencrm.application.privacy.RetentionService.RuleRow;
import de.opencrm.application.privacy.RetentionService.RunRow;
import de.opencrm.domain.activity.ActivityType;
import de.opencrm.domain.audit.AuditAction;
import de.opencrm.domain.audit.AuditSearch;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.privacy.RetentionCandidate;
import de.opencrm.domain.privacy.RetentionRepository.CandidateRow;
import de.opencrm.domain.privacy.RetentionRule;
import de.opencrm.domain.privacy.RetentionRun;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A retention run proposes what is due, deletes nothing until approved, then deletes records whose
 * retention ended and erases people untouched for the rule's months, skipping what was touched in
 * between; its candidates are the deletion log, without names.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(RetentionIT.class);
  }

  @Inject ContactService contacts;
  @Inject JournalService journal;
  @Inject ErasureService erasures;
  @Inject RetentionService retention;
  @Inject AuditService audit;
  @Inject LeadService leads;

  @Resource(lookup = "java:jboss/datasources/CrmDS")
  DataSource dataSource;

  private long person(As owner, String lastName) throws Exception {
    ContactForm form = new ContactForm();
    form.setFirstName("Ruth");
    form.setLastName(lastName);
    return owner.call(() -> contacts.createContact(form));
  }

  /** Moves time for a row: the database is told the past, the application is not mocked. */
  private int update(String sql, long id) throws Exception {
    return Rows.update(dataSource, sql, id);
  }

  private long count(String sql, long id) throws Exception {
    return Rows.count(dataSource, sql, id);
  }

  @Test
  void aRunProposesThenDeletesWhatIsDueAndSkipsWhatWasTouchedMeanwhile() throws Exception {
    As sales = As.user("sales", "demo");
    As privacy = As.user("privacy", "demo");
    String tag = TestData.letterTag();

    long erased = person(sales, "Frist " + tag);
    ActivityForm mail = sales.call(() -> journal.newActivity(RecordRef.contact(erased)));
    mail.setType(ActivityType.EMAIL);
    mail.setSubject("Angebot " + tag);
    long mailId = sales.call(() -> journal.logActivity(mail));
    long version = privacy.call(() -> erasures.previewErasure(erased)).version();
    privacy.call(() -> erasures.eraseSubject(erased, version, "Antrag " + tag));
    assertThat(
            update(
                "UPDATE crm_activity SET restricted_until = DATE '2019-12-31' WHERE id = ?",
                mailId))
        .isEqualTo(1);

    long dormant = person(sales, "Ruhend " + tag);
    long revived = person(sales, "Wieder " + tag);
    for (long id : List.of(dormant, revived)) {
      update(
          "UPDATE crm_contact SET modified_at = TIMESTAMP WITH TIME ZONE '2020-01-15 10:00:00+01'"
              + " WHERE id = ?",
          id);
    }

    long runId = privacy.call(() -> retention.proposeRun());
    List<CandidateRow> proposed =
        privacy.call(() -> retention.candidates(runId, PageRequest.of(0, 200))).rows();
    assertThat(proposed)
        .filteredOn(c -> c.recordType().equals("Activity") && c.recordId() == mailId)
        .singleElement()
        .satisfies(c -> assertThat(c.kind()).isEqualTo(RetentionRule.Kind.EXPIRED_RESTRICTIONS));
    assertThat(proposed)
        .filteredOn(c -> c.recordType().equals("Contact"))
        .extracting(CandidateRow::recordId)
        .contains(dormant, revived)
        .doesNotContain(erased);
    assertThat(count("SELECT COUNT(*) FROM crm_activity WHERE id = ?", mailId))
        .as("a proposal deletes nothing")
        .isEqualTo(1);

    ContactForm touched = sales.call(() -> contacts.loadContact(revived));
    touched.setPosition("Einkauf");
    sales.run(() -> contacts.updateContact(touched));

    RunRow run =
        privacy.call(() -> retention.runs()).stream()
            .filter(r -> r.id() == runId)
            .findFirst()
            .orElseThrow();
    assertThatThrownBy(
            () -> As.user("admin", "demo").call(() -> retention.carryOut(runId, run.version() + 1)))
        .hasMessageContaining("error.concurrentEdit");
    RunRow done = privacy.call(() -> retention.carryOut(runId, run.version()));

    assertThat(done.status()).isEqualTo(RetentionRun.Status.CARRIED_OUT);
    assertThat(done.skipped()).isGreaterThanOrEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM crm_activity WHERE id = ?", mailId)).isZero();
    assertThat(sales.call(() -> contacts.loadContact(dormant)).getErasedAt()).isNotNull();
    assertThat(sales.call(() -> contacts.loadContact(revived)).getLastName())
        .isEqualTo("Wieder " + tag);
    List<CandidateRow> log =
        privacy.call(() -> retention.candidates(runId, PageRequest.of(0, 200))).rows();
    assertThat(log)
        .filteredOn(c -> c.recordId() == dormant && c.recordType().equals("Contact"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.outcome()).isEqualTo(RetentionCandidate.Outcome.DONE);
              assertThat(c.label()).as("the deletion log keeps no name").isNull();
            });
    assertThat(log)
        .filteredOn(c -> c.recordId() == revived && c.recordType().equals("Contact"))
        .singleElement()
        .satisfies(c -> assertThat(c.outcome()).isEqualTo(RetentionCandidate.Outcome.SKIPPED));
    long decidedVersion =
        privacy.call(() -> retention.runs()).stream()
            .filter(r -> r.id() == runId)
            .findFirst()
            .orElseThrow()
            .version();
    assertThatThrownBy(() -> privacy.call(() -> retention.carryOut(runId, decidedVersion)))
        .hasMessageContaining("retention.alreadyDecided");

    As auditor = As.user("auditor", "demo");
    List<AuditRow> purge =
        auditor.call(
            () ->
                audit.search(
                    new AuditSearch(
                        "privacy", "RetentionRun", runId, AuditAction.PURGE, null, null),
                    0,
                    5));
    assertThat(purge).hasSize(1);
    List<AuditRow> erasure =
        auditor.call(
            () ->
                audit.search(
                    new AuditSearch(null, "Contact", dormant, AuditAction.ERASE, null, null),
                    0,
                    5));
    assertThat(erasure)
        .singleElement()
        .satisfies(e -> assertThat(e.changes().toString()).contains("retention run " + runId));
  }

  @Test
  void leadsUntouchedForTheRulesMonthsAreDeletedWithoutTheirDataInTheJournal() throws Exception {
    As marketing = As.user("marketing", "demo");
    As privacy = As.user("privacy", "demo");
    String tag = TestData.letterTag();
    long stale = lead(marketing, "Verwaist " + tag);
    long customer = lead(marketing, "Kunde " + tag);
    for (long id : List.of(stale, customer)) {
      update(
          "UPDATE crm_lead SET modified_at = TIMESTAMP WITH TIME ZONE '2021-03-01 10:00:00+01'"
              + " WHERE id = ?",
          id);
    }
    update("UPDATE crm_lead SET status = 'CONVERTED' WHERE id = ?", customer);

    long runId = privacy.call(() -> retention.proposeRun());
    List<CandidateRow> proposed =
        privacy.call(() -> retention.candidates(runId, PageRequest.of(0, 200))).rows();
    assertThat(proposed)
        .filteredOn(c -> c.recordType().equals("Lead"))
        .extracting(CandidateRow::recordId)
        .contains(stale)
        .doesNotContain(customer);
    RunRow run =
        privacy.call(() -> retention.runs()).stream()
            .filter(r -> r.id() == runId)
            .findFirst()
            .orElseThrow();
    privacy.call(() -> retention.carryOut(runId, run.version()));

    assertThat(count("SELECT COUNT(*) FROM crm_lead WHERE id = ?", stale)).isZero();
    assertThat(count("SELECT COUNT(*) FROM crm_lead WHERE id = ?", customer)).isEqualTo(1);
    List<AuditRow> deletion =
        As.user("auditor", "demo")
            .call(
                () ->
                    audit.search(
                        new AuditSearch(null, "Lead", stale, AuditAction.DELETE, null, null),
                        0,
                        5));
    assertThat(deletion).singleElement();
    assertThat(deletion.get(0).changes().toString()).doesNotContain("Verwaist");
  }

  private long lead(As who, String lastName) throws Exception {
    LeadForm form = new LeadForm();
    form.setLastName(lastName);
    form.setEmail("lead@example.com");
    form.setPostalCode("20095");
    return who.call(() -> leads.createLead(form)).id();
  }

  @Test
  void theDataProtectionOfficerSetsARulesMonthsWithinBounds() throws Exception {
    As privacy = As.user("privacy", "demo");
    RuleRow inactive =
        privacy.call(() -> retention.rules()).stream()
            .filter(r -> r.kind() == RetentionRule.Kind.INACTIVE_PEOPLE)
            .findFirst()
            .orElseThrow();
    assertThatThrownBy(
            () ->
                privacy.run(
                    () -> retention.configureRule(inactive.id(), inactive.version(), true, 0)))
        .hasMessageContaining("retention.monthsInvalid");
    privacy.run(() -> retention.configureRule(inactive.id(), inactive.version(), true, 48));
    RuleRow changed =
        privacy.call(() -> retention.rules()).stream()
            .filter(r -> r.id() == inactive.id())
            .findFirst()
            .orElseThrow();
    assertThat(changed.months()).isEqualTo(48);
    privacy.run(() -> retention.configureRule(changed.id(), changed.version(), true, 36));
  }
}
