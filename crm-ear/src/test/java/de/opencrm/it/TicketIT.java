package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.application.account.AccountForm;
import de.opencrm.application.account.AccountService;
import de.opencrm.application.ticket.TicketAssignmentService;
import de.opencrm.application.ticket.TicketDetail;
import de.opencrm.application.ticket.TicketForm;
import de.opencrm.application.ticket.TicketService;
import de.opencrm.domain.account.CustomerTier;
import de.opencrm.domain.admin.UserOption;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.ticket.MessageKind;
import de.opencrm.domain.ticket.TicketPriority;
import de.opencrm.domain.ticket.TicketRepository;
import de.opencrm.domain.ticket.TicketRow;
import de.opencrm.domain.ticket.TicketStatus;
import de.opencrm.domain.ticket.sla.SlaState;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tickets on PostgreSQL: opened with a number and handed to the queue's agent with the fewest open
 * tickets, the decision recorded; waiting on the customer pauses the SLA clock, a phone note meets
 * the first response; handing over needs a reason; only service, managers and admins open them.
 */
@ExtendWith(ArquillianExtension.class)
class TicketIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(TicketIT.class);
  }

  @Inject TicketService tickets;
  @Inject TicketAssignmentService assignment;
  @Inject AccountService accounts;

  private As service;

  @BeforeEach
  void signIn() {
    service = As.user("service", "demo");
  }

  private TicketForm form(String subject) throws Exception {
    TicketForm form = new TicketForm();
    form.setSubject(subject);
    form.setPriority(TicketPriority.HIGH);
    form.setQueueId(service.call(() -> tickets.queues()).get(0).id());
    return form;
  }

  private long openTickets(long agentId) throws Exception {
    return service
        .call(
            () ->
                tickets.listTickets(
                    PageRequest.of(0, 1)
                        .withCriterion(TicketRepository.ASSIGNEE, String.valueOf(agentId))
                        .withCriterion(TicketRepository.STATUS, TicketRepository.OPEN)))
        .total();
  }

  @Test
  void aNewTicketGoesToTheAgentWithTheFewestOpenTicketsAndItsClocksFollowItsStatus()
      throws Exception {
    String tag = TestData.letterTag();
    long first = service.call(() -> tickets.openTicket(form("Scanner " + tag)));
    List<UserOption> agents = service.call(() -> tickets.agentsFor(first));
    assertThat(agents).extracting(UserOption::username).containsExactly("service", "service2");

    // the next one goes to whoever has fewer open tickets now (the first in the queue on a tie)
    UserOption expected =
        agents.stream()
            .min(Comparator.comparingLong(u -> unchecked(() -> openTickets(u.id()))))
            .orElseThrow();
    long id = service.call(() -> tickets.openTicket(form("Drucker " + tag)));
    TicketDetail opened = service.call(() -> tickets.loadTicket(id));
    assertThat(opened.number()).matches("T-\\d{4}-\\d{6}");
    assertThat(opened.status()).isEqualTo(TicketStatus.ASSIGNED);
    assertThat(opened.assigneeName()).isEqualTo(expected.displayName());
    assertThat(opened.assignments())
        .singleElement()
        .satisfies(a -> assertThat(a.reason()).isEqualTo("assignment.leastOpen"));
    assertThat(opened.firstResponse().state()).isIn(SlaState.RUNNING, SlaState.WARNING);
    assertThat(opened.firstResponse().due()).isAfter(opened.openedAt());

    service.run(() -> tickets.changeStatus(id, opened.version(), TicketStatus.WAITING_ON_CUSTOMER));
    TicketDetail waiting = service.call(() -> tickets.loadTicket(id));
    assertThat(waiting.resolution().state()).isEqualTo(SlaState.PAUSED);
    assertThat(waiting.resolution().due()).isNull();

    service.run(() -> tickets.addNote(id, MessageKind.PHONE_NOTE, "Kundin zurückgerufen"));
    TicketDetail answered = service.call(() -> tickets.loadTicket(id));
    assertThat(answered.firstResponse().state()).isEqualTo(SlaState.MET);
    assertThat(answered.thread())
        .extracting(TicketDetail.Entry::body)
        .containsExactly("Kundin zurückgerufen");

    // a stale page cannot move it
    assertThatThrownBy(
            () ->
                service.run(() -> tickets.changeStatus(id, opened.version(), TicketStatus.SOLVED)))
        .isInstanceOf(BusinessException.class)
        .hasFieldOrPropertyWithValue("messageKey", "error.concurrentEdit");

    UserOption other =
        agents.stream().filter(u -> u.id() != expected.id()).findFirst().orElseThrow();
    assertThatThrownBy(
            () -> service.run(() -> assignment.reassign(id, answered.version(), other.id(), " ")))
        .isInstanceOf(BusinessException.class)
        .hasFieldOrPropertyWithValue("field", "note");
    service.run(() -> assignment.reassign(id, answered.version(), other.id(), "Urlaubsvertretung"));
    TicketDetail handedOver = service.call(() -> tickets.loadTicket(id));
    assertThat(handedOver.assigneeName()).isEqualTo(other.displayName());
    assertThat(handedOver.assignments())
        .extracting(TicketDetail.Decision::reason, TicketDetail.Decision::note)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("assignment.leastOpen", null),
            org.assertj.core.groups.Tuple.tuple("assignment.manual", "Urlaubsvertretung"));
  }

  @Test
  void theTicketPageShowsTheCompanysOtherTickets() throws Exception {
    String tag = TestData.letterTag();
    AccountForm company = new AccountForm();
    company.setName("Störung " + tag + " GmbH");
    company.setServiceTier(CustomerTier.PREMIUM);
    long accountId = As.user("sales", "demo").call(() -> accounts.createAccount(company));
    TicketForm earlier = form("Erster Fall " + tag);
    earlier.setAccountId(accountId);
    long first = service.call(() -> tickets.openTicket(earlier));
    TicketForm later = form("Zweiter Fall " + tag);
    later.setAccountId(accountId);
    long second = service.call(() -> tickets.openTicket(later));

    TicketDetail detail = service.call(() -> tickets.loadTicket(second));
    assertThat(detail.accountName()).isEqualTo("Störung " + tag + " GmbH");
    assertThat(detail.history()).extracting(TicketRow::id).containsExactly(first);
    // the company bought premium service: its tickets get premium targets though STANDARD was asked
    assertThat(detail.tier()).isEqualTo(CustomerTier.PREMIUM);
  }

  @Test
  void salesAndMarketingDoNotOpenTickets() throws Exception {
    TicketForm form = form("Verboten");
    for (String user : List.of("sales", "marketing")) {
      assertThatThrownBy(() -> As.user(user, "demo").run(() -> tickets.openTicket(form)))
          .isInstanceOf(EJBAccessException.class);
    }
  }

  private interface Counting {
    long count() throws Exception;
  }

  private static long unchecked(Counting counting) {
    try {
      return counting.count();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
