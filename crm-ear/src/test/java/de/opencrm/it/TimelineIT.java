package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.application.activity.ActivityForm;
import de.opencrm.application.activity.JournalService;
import de.opencrm.application.activity.TaskForm;
import de.opencrm.application.activity.TaskService;
import de.opencrm.application.lead.LeadDetail;
import de.opencrm.application.lead.LeadForm;
import de.opencrm.application.lead.LeadService;
import de.opencrm.application.lead.conversion.ConversionResult;
import de.opencrm.application.lead.conversion.LeadConversionService;
import de.opencrm.application.opportunity.OpportunityForm;
import de.opencrm.application.opportunity.OpportunityService;
import de.opencrm.application.opportunity.StageOption;
import de.opencrm.application.ticket.TicketForm;
import de.opencrm.application.ticket.TicketService;
import de.opencrm.application.ticket.mail.TicketReplyService;
import de.opencrm.application.timeline.TimelineService;
import de.opencrm.domain.activity.ActivityType;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.lead.LeadSource;
import de.opencrm.domain.ticket.TicketPriority;
import de.opencrm.domain.timeline.TimelineCursor;
import de.opencrm.domain.timeline.TimelineEntry;
import de.opencrm.domain.timeline.TimelineKind;
import de.opencrm.domain.timeline.TimelineSlice;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A record's activity timeline on PostgreSQL: a web enquiry converted into a company and person,
 * then a call, a task, a ticket with a reply and an opportunity moved on, all on one timeline,
 * newest first, paged without loss, filtered by kind and narrowed to what each role may read.
 */
@ExtendWith(ArquillianExtension.class)
class TimelineIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(TimelineIT.class);
  }

  @Inject TimelineService timeline;
  @Inject LeadService leads;
  @Inject LeadConversionService conversion;
  @Inject JournalService journal;
  @Inject TaskService tasks;
  @Inject TicketService tickets;
  @Inject TicketReplyService replies;
  @Inject OpportunityService opportunities;

  private As sales;
  private As service;
  private As marketing;

  @BeforeEach
  void signIn() {
    sales = As.user("sales", "demo");
    service = As.user("service", "demo");
    marketing = As.user("marketing", "demo");
  }

  @Test
  void everythingThatHappenedWithACustomerIsOnOneTimelineNewestFirst() throws Exception {
    String tag = TestData.letterTag();
    ConversionResult customer = convertedEnquiry(tag);
    RecordRef company = RecordRef.account(customer.accountId());
    RecordRef person = RecordRef.contact(customer.contactId());

    ActivityForm call = sales.call(() -> journal.newActivity(person));
    call.setType(ActivityType.CALL);
    call.setSubject("Bedarf besprochen " + tag);
    call.setOccurredAt(LocalDateTime.now().minusMinutes(5));
    sales.call(() -> journal.logActivity(call));
    TaskForm task = sales.call(() -> tasks.newTask(person));
    task.setSubject("Angebot schicken " + tag);
    task.setDueDate(LocalDate.now().plusDays(3));
    sales.call(() -> tasks.createTask(task));
    long ticketId = service.call(() -> tickets.openTicket(ticket(tag, customer)));
    long version = service.call(() -> tickets.loadTicket(ticketId)).version();
    service.call(() -> replies.reply(ticketId, version, "Wir kümmern uns darum.", false));
    long dealId = sales.call(() -> opportunities.saveOpportunity(opportunity(tag, customer)));
    List<StageOption> stages = sales.call(() -> opportunities.stagesOf(null));
    long dealVersion = sales.call(() -> opportunities.loadOpportunity(dealId)).form().getVersion();
    sales.run(() -> opportunities.moveToStage(dealId, dealVersion, stages.get(2).id(), null));

    List<TimelineEntry> all = everything(sales, company, EnumSet.allOf(TimelineKind.class), 50);
    assertThat(all)
        .extracting(TimelineEntry::kind)
        .contains(
            TimelineKind.LEAD,
            TimelineKind.JOURNAL,
            TimelineKind.TASK,
            TimelineKind.TICKET,
            TimelineKind.MAIL,
            TimelineKind.STAGE);
    assertThat(all).isSortedAccordingTo((a, b) -> b.at().compareTo(a.at()));
    assertThat(all)
        .filteredOn(e -> e.kind() == TimelineKind.STAGE)
        .extracting(TimelineEntry::detail)
        .contains("Qualifizierung → Angebot");
    assertThat(all)
        .filteredOn(e -> e.kind() == TimelineKind.MAIL)
        .singleElement()
        .satisfies(
            mail -> {
              assertThat(mail.state()).isEqualTo("OUTBOUND_EMAIL");
              assertThat(mail.targetId()).isEqualTo(ticketId);
            });
    assertThat(all)
        .filteredOn(e -> e.kind() == TimelineKind.LEAD)
        .singleElement()
        .extracting(TimelineEntry::state)
        .isEqualTo("WEB_FORM");

    List<TimelineEntry> pagedByTwo =
        everything(sales, company, EnumSet.allOf(TimelineKind.class), 2);
    assertThat(pagedByTwo).as("paged by two, nothing lost or shown twice").isEqualTo(all);

    assertThat(everything(sales, person, EnumSet.of(TimelineKind.TICKET), 10))
        .singleElement()
        .extracting(TimelineEntry::targetId)
        .isEqualTo(ticketId);

    assertThat(everything(service, company, EnumSet.allOf(TimelineKind.class), 50))
        .as("service reads no opportunities or leads")
        .extracting(TimelineEntry::kind)
        .contains(TimelineKind.TICKET, TimelineKind.MAIL)
        .doesNotContain(TimelineKind.STAGE, TimelineKind.LEAD);
    assertThat(everything(marketing, company, EnumSet.allOf(TimelineKind.class), 50))
        .as("marketing reads no tickets or opportunities")
        .extracting(TimelineEntry::kind)
        .contains(TimelineKind.JOURNAL, TimelineKind.LEAD)
        .doesNotContain(TimelineKind.TICKET, TimelineKind.MAIL, TimelineKind.STAGE);
    assertThat(marketing.call(() -> timeline.readableKinds()))
        .containsExactlyInAnyOrder(TimelineKind.JOURNAL, TimelineKind.TASK, TimelineKind.LEAD);

    assertThatThrownBy(
            () ->
                sales.call(
                    () ->
                        timeline.timeline(
                            company,
                            Set.of(),
                            TimelineCursor.start(),
                            TimelineService.MAX_PAGE + 1)))
        .satisfiesAnyOf(
            e -> assertThat(e).isInstanceOf(ConstraintViolationException.class),
            e -> assertThat(e).hasCauseInstanceOf(ConstraintViolationException.class));
  }

  private List<TimelineEntry> everything(
      As user, RecordRef record, Set<TimelineKind> kinds, int size) throws Exception {
    List<TimelineEntry> seen = new ArrayList<>();
    TimelineCursor cursor = TimelineCursor.start();
    for (int pages = 0; pages < 100; pages++) {
      TimelineCursor at = cursor;
      TimelineSlice slice = user.call(() -> timeline.timeline(record, kinds, at, size));
      seen.addAll(slice.entries());
      if (!slice.more()) {
        return seen;
      }
      cursor = slice.next();
    }
    throw new AssertionError("the timeline never ended");
  }

  private ConversionResult convertedEnquiry(String tag) throws Exception {
    LeadForm form = new LeadForm();
    form.setFirstName("Jana");
    form.setLastName("Zeitleiste" + tag);
    form.setEmail("jana." + tag.toLowerCase() + "@zeitleiste.de");
    form.setCompany("Zeitleiste " + tag + " GmbH");
    form.setPostalCode("20457");
    form.setCity("Hamburg");
    form.setCountry("DE");
    form.setMessage("Bitte rufen Sie mich an");
    form.setSource(LeadSource.WEB_FORM);
    long id = marketing.call(() -> leads.createLead(form)).id();
    LeadDetail routed = sales.call(() -> leads.loadLead(id));
    if (!routed.mine()) {
      sales.run(() -> leads.takeLead(id, routed.lead().getVersion()));
    }
    LeadDetail mine = sales.call(() -> leads.loadLead(id));
    return sales.call(() -> conversion.convert(id, mine.lead().getVersion(), null, null));
  }

  private TicketForm ticket(String tag, ConversionResult customer) throws Exception {
    TicketForm form = new TicketForm();
    form.setSubject("Lieferung fehlt " + tag);
    form.setPriority(TicketPriority.NORMAL);
    form.setAccountId(customer.accountId());
    form.setContactId(customer.contactId());
    form.setQueueId(service.call(() -> tickets.queues()).get(0).id());
    return form;
  }

  private static OpportunityForm opportunity(String tag, ConversionResult customer) {
    OpportunityForm form = new OpportunityForm();
    form.setName("Rahmenvertrag " + tag);
    form.setAccountId(customer.accountId());
    form.setContactId(customer.contactId());
    form.setAmount(new BigDecimal("9800"));
    form.setExpectedClose(LocalDate.now().plusMonths(2));
    return form;
  }
}
