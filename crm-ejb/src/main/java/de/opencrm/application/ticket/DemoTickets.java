package de.opencrm.application.ticket;

import de.opencrm.application.common.CompanyTime;
import de.opencrm.application.common.Stamp;
import de.opencrm.domain.account.AccountRepository;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.common.NumberRange;
import de.opencrm.domain.common.NumberRanges;
import de.opencrm.domain.contact.ContactRepository;
import de.opencrm.domain.ticket.QueueMember;
import de.opencrm.domain.ticket.ServiceQueueRepository;
import de.opencrm.domain.ticket.Ticket;
import de.opencrm.domain.ticket.TicketChannel;
import de.opencrm.domain.ticket.TicketNumber;
import de.opencrm.domain.ticket.TicketPriority;
import de.opencrm.domain.ticket.TicketQueue;
import de.opencrm.domain.ticket.TicketRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode only, and only into a queue without agents: the demo service team (Sven Seidel for
 * hardware, Sophie Sauer for billing and English) works the Kundenservice queue, and two customers
 * of the demo companies have called in, so the ticket list has work. The calls are taken as the
 * service team takes them (numbered, assigned by the queue's policy, SLA clocks started; the
 * assignment runs as the service team, whose role it needs).
 */
@Singleton
@Startup
@DependsOn({"UserBootstrap", "DemoContacts"})
@RunAs(Role.Names.SERVICE)
public class DemoTickets {

  private static final Logger LOG = Logger.getLogger(DemoTickets.class.getName());

  @Inject TicketRepository tickets;
  @Inject ServiceQueueRepository queues;
  @Inject UserRepository users;
  @Inject AccountRepository accounts;
  @Inject ContactRepository contacts;
  @Inject NumberRanges ranges;
  @Inject CompanyTime time;
  @Inject TicketAssignmentService assignment;
  @Inject SlaPlanner planner;

  @Inject
  @ConfigProperty(name = "crm.demo", defaultValue = "false")
  boolean demo;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void createDemoQueue() {
    TicketQueue queue = queues.queues().stream().findFirst().orElse(null);
    if (!demo || queue == null || !queues.members(queue.getId()).isEmpty()) {
      return;
    }
    member(queue, "service", 1, "hardware,installation", "de");
    member(queue, "service2", 2, "billing", "de,en");
    call(
        queue,
        "D-10001",
        "k.brandtner@rheinland-logistik.example",
        "Scanner im Lager meldet Papierstau",
        "Der Etikettendrucker an Tor 3 bricht jeden Morgen mit Papierstau ab.",
        "hardware");
    call(
        queue,
        "C-30001",
        "l.tanner@zuercher-praezision.example",
        "Rechnung doppelt erhalten",
        "Die Rechnung vom letzten Monat kam zweimal, bitte eine stornieren.",
        "billing");
    LOG.info("Demo mode: the service team works the queue " + queue.getName() + ".");
  }

  /** A customer's call, taken as the service team takes it (see TicketService.openTicket). */
  private void call(
      TicketQueue queue,
      String debtor,
      String email,
      String subject,
      String description,
      String category) {
    Stamp stamp = Stamp.system();
    String number = TicketNumber.text(ranges.lock(NumberRange.TICKET).next(time.today()));
    Ticket ticket =
        new Ticket(number, subject, TicketChannel.PHONE, TicketPriority.NORMAL, queue, stamp.at());
    ticket.describe(subject, description, category, "de");
    ticket.concern(
        accounts.findByErpDebtorNumber(debtor).orElse(null),
        contacts.findByPrimaryEmail(email).orElse(null));
    ticket.tier(null);
    ticket.recordCreation(stamp.user(), stamp.at());
    tickets.add(ticket);
    assignment.assignByPolicy(ticket);
    planner.plan(ticket);
  }

  private void member(
      TicketQueue queue, String username, int position, String categories, String languages) {
    Stamp stamp = Stamp.system();
    users
        .findByUsername(username)
        .ifPresent(
            user -> {
              QueueMember member =
                  new QueueMember(queue, user, position, 25, categories, languages);
              member.recordCreation(stamp.user(), stamp.at());
              queues.addMember(member);
            });
  }
}
