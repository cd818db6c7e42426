package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.application.activity.JournalService;
import de.opencrm.application.contact.ContactForm;
import de.opencrm.application.contact.ContactService;
import de.opencrm.application.lead.LeadDetail;
import de.opencrm.application.lead.LeadForm;
import de.opencrm.application.lead.LeadService;
import de.opencrm.application.lead.conversion.ConversionProposal;
import de.opencrm.application.lead.conversion.ConversionResult;
import de.opencrm.application.lead.conversion.LeadConversionService;
import de.opencrm.application.lead.conversion.OpportunityStart;
import de.opencrm.application.opportunity.OpportunityDetail;
import de.opencrm.application.opportunity.OpportunityService;
import de.opencrm.application.privacy.ErasurePreview;
import de.opencrm.application.privacy.ErasureService;
import de.opencrm.application.privacy.SubjectAccessService;
import de.opencrm.domain.activity.ActivityRow;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.lead.LeadSource;
import de.opencrm.domain.lead.LeadStatus;
import de.opencrm.integration.disclosure.Disclosure;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lead conversion on PostgreSQL: a lead becomes an account, a contact and their journal entries in
 * one transaction; a second lead of the same person and company is offered the existing ones; a
 * conversion that fails halfway leaves nothing behind; two users converting one lead at the same
 * moment make one customer, not two.
 */
@ExtendWith(ArquillianExtension.class)
class LeadConversionIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(LeadConversionIT.class);
  }

  @Inject LeadService leads;
  @Inject LeadConversionService conversion;
  @Inject ContactService contacts;
  @Inject JournalService journal;
  @Inject SubjectAccessService subjectAccess;
  @Inject ErasureService erasure;
  @Inject OpportunityService opportunities;

  @Resource(lookup = "java:jboss/datasources/CrmDS")
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  private As sales;

  /** Stefan Schmitt (sales), who converts; made in the server, where the realm is. */
  @org.junit.jupiter.api.BeforeEach
  void signIn() {
    sales = As.user("sales", "demo");
  }

  /** A lead in the north, taken by Stefan Schmitt (sales). */
  private LeadDetail salesLead(String company, String lastName, String email) throws Exception {
    LeadForm form = new LeadForm();
    form.setFirstName("Jonas");
    form.setLastName(lastName);
    form.setEmail(email);
    form.setCompany(company);
    form.setStreet("Am Sandtorkai 12");
    form.setPostalCode("20457");
    form.setCity("Hamburg");
    form.setCountry("DE");
    form.setMessage("Bitte um ein Angebot");
    form.setSource(LeadSource.EVENT);
    long id = As.user("marketing", "demo").call(() -> leads.createLead(form)).id();
    LeadDetail routed = sales.call(() -> leads.loadLead(id));
    if (!routed.mine()) {
      sales.run(() -> leads.takeLead(id, routed.lead().getVersion()));
    }
    return sales.call(() -> leads.loadLead(id));
  }

  private long accountsNamed(String name) throws Exception {
    return Rows.count(
        dataSource, "SELECT COUNT(*) FROM crm_account WHERE name = '" + name + "' AND id > ?", 0);
  }

  @Test
  void aLeadBecomesAccountContactAndJournalOnceAndASecondLeadFindsThem() throws Exception {
    String tag = TestData.letterTag();
    String company = "Hanse Konvert " + tag + " GmbH";
    String email = "jonas." + tag.toLowerCase() + "@hanse-konvert.de";
    LeadDetail lead = salesLead(company, "Krüger" + tag, email);

    ConversionProposal proposal = sales.call(() -> conversion.propose(lead.lead().getId()));
    assertThat(proposal.newAccountName()).isEqualTo(company);
    ConversionResult result =
        sales.call(
            () -> conversion.convert(lead.lead().getId(), lead.lead().getVersion(), null, null));

    assertThat(result.newAccount()).isTrue();
    assertThat(result.newContact()).isTrue();
    ContactForm contact = sales.call(() -> contacts.loadContact(result.contactId()));
    assertThat(contact.getAccountId()).isEqualTo(result.accountId());
    assertThat(contact.getEmail()).isEqualTo(email);
    List<ActivityRow> entries =
        sales.call(
            () ->
                journal
                    .timeline(RecordRef.contact(result.contactId()), PageRequest.of(0, 10))
                    .rows());
    assertThat(entries)
        .anySatisfy(e -> assertThat(e.subject()).startsWith("Aus Lead übernommen: Jonas Krüger"));
    LeadDetail converted = sales.call(() -> leads.loadLead(lead.lead().getId()));
    assertThat(converted.lead().getStatus()).isEqualTo(LeadStatus.CONVERTED);
    assertThat(converted.lead().getConvertedAccountId()).isEqualTo(result.accountId());
    assertThat(converted.lead().getConvertedContactId()).isEqualTo(result.contactId());

    // never twice
    assertThatThrownBy(
            () ->
                sales.call(
                    () ->
                        conversion.convert(
                            lead.lead().getId(), converted.lead().getVersion(), null, null)))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.getMessageKey()).isEqualTo("lead.notConvertible"));

    // the same person again: the existing account and contact are offered and used
    LeadDetail again = salesLead(company, "Krüger" + tag, email);
    ConversionProposal offered = sales.call(() -> conversion.propose(again.lead().getId()));
    assertThat(offered.accounts()).extracting(h -> h.record().id()).contains(result.accountId());
    assertThat(offered.contacts()).extracting(h -> h.record().id()).contains(result.contactId());
    ConversionResult reused =
        sales.call(
            () ->
                conversion.convert(
                    again.lead().getId(),
                    again.lead().getVersion(),
                    result.accountId(),
                    result.contactId()));
    assertThat(reused.newAccount()).isFalse();
    assertThat(reused.newContact()).isFalse();
    assertThat(accountsNamed(company)).isEqualTo(1);

    // the person's leads are part of what they are told and what is erased on request
    As privacy = As.user("privacy", "demo");
    Disclosure disclosure = privacy.call(() -> subjectAccess.disclose(result.contactId()));
    assertThat(disclosure.sections())
        .filteredOn(s -> s.key().equals("leads"))
        .singleElement()
        .satisfies(s -> assertThat(s.records()).hasSize(2));
    ErasurePreview preview = privacy.call(() -> erasure.previewErasure(result.contactId()));
    assertThat(preview.leadsDeleted()).isEqualTo(2);
    privacy.call(() -> erasure.eraseSubject(result.contactId(), preview.version(), "Brief"));
    assertThat(
            Rows.count(
                dataSource,
                "SELECT COUNT(*) FROM crm_lead WHERE converted_contact_id = ?",
                result.contactId()))
        .isZero();
  }

  @Test
  void aConversionOpensAnOpportunityWithTheLeadsSourceOnlyWhenThereIsACompany() throws Exception {
    String tag = TestData.letterTag();
    OpportunityStart start =
        new OpportunityStart(
            "Erstausstattung " + tag, new BigDecimal("25000"), LocalDate.of(2027, 6, 30));

    LeadDetail nameless = salesLead(null, "Ohnefirma" + tag, null);
    assertThatThrownBy(
            () ->
                sales.call(
                    () ->
                        conversion.convert(
                            nameless.lead().getId(),
                            nameless.lead().getVersion(),
                            null,
                            null,
                            start)))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.getMessageKey()).isEqualTo("lead.opportunityNeedsAccount"));
    assertThat(sales.call(() -> leads.loadLead(nameless.lead().getId())).lead().getStatus())
        .as("nothing converted")
        .isNotEqualTo(LeadStatus.CONVERTED);

    LeadDetail lead = salesLead("Chance " + tag + " GmbH", "Chancen" + tag, null);
    ConversionResult result =
        sales.call(
            () ->
                conversion.convert(
                    lead.lead().getId(), lead.lead().getVersion(), null, null, start));
    assertThat(result.opportunityId()).isNotNull();
    OpportunityDetail opened =
        sales.call(() -> opportunities.loadOpportunity(result.opportunityId()));
    assertThat(opened.form().getName()).isEqualTo("Erstausstattung " + tag);
    assertThat(opened.form().getAccountId()).isEqualTo(result.accountId());
    assertThat(opened.form().getContactId()).isEqualTo(result.contactId());
    assertThat(opened.form().getProbability()).isEqualTo(10);
    assertThat(opened.source()).isEqualTo(LeadSource.EVENT);
    assertThat(opened.leadId()).isEqualTo(lead.lead().getId());
    assertThat(opened.ownerName()).isEqualTo("Stefan Schmitt");
    assertThat(sales.call(() -> leads.loadLead(lead.lead().getId())).lead())
        .satisfies(
            l -> assertThat(l.getConvertedOpportunityId()).isEqualTo(result.opportunityId()));
  }

  @Test
  void aConversionThatFailsHalfwayLeavesNoAccountBehind() throws Exception {
    String tag = TestData.letterTag();
    LeadDetail first = salesLead("Erste " + tag + " AG", "Erster" + tag, null);
    ConversionResult elsewhere =
        sales.call(
            () -> conversion.convert(first.lead().getId(), first.lead().getVersion(), null, null));

    String company = "Atom " + tag + " GmbH";
    LeadDetail lead = salesLead(company, "Zweiter" + tag, null);
    // the contact chosen belongs to another company: refused after the new account was made
    assertThatThrownBy(
            () ->
                sales.call(
                    () ->
                        conversion.convert(
                            lead.lead().getId(),
                            lead.lead().getVersion(),
                            null,
                            elsewhere.contactId())))
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.getField()).isEqualTo("contactChoice"));

    assertThat(accountsNamed(company)).isZero();
    assertThat(sales.call(() -> leads.loadLead(lead.lead().getId())).lead().getStatus())
        .isNotEqualTo(LeadStatus.CONVERTED);
  }

  @Test
  void twoUsersConvertingOneLeadAtOnceMakeOneCustomer() throws Exception {
    String tag = TestData.letterTag();
    String company = "Gleichzeitig " + tag + " KG";
    LeadDetail lead = salesLead(company, "Parallel" + tag, null);
    As manager = As.user("manager", "demo");
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ConversionResult>> attempts = new ArrayList<>();
    for (As who : List.of(sales, manager)) {
      attempts.add(
          executor.submit(
              () -> {
                start.await();
                return who.call(
                    () ->
                        conversion.convert(
                            lead.lead().getId(), lead.lead().getVersion(), null, null));
              }));
    }
    start.countDown();
    int succeeded = 0;
    for (Future<ConversionResult> attempt : attempts) {
      try {
        attempt.get();
        succeeded++;
      } catch (ExecutionException refused) {
        // the other one won: refused as changed meanwhile, or its commit lost on the version
      }
    }

    assertThat(succeeded).isEqualTo(1);
    assertThat(accountsNamed(company)).isEqualTo(1);
    assertThat(
            Rows.count(
                dataSource,
                "SELECT COUNT(*) FROM crm_contact WHERE last_name = 'Parallel"
                    + tag
                    + "' AND id > ?",
                0))
        .isEqualTo(1);
  }
}
