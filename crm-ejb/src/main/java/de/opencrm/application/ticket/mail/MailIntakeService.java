package de.opencrm.application.ticket.mail;

import de.opencrm.application.common.CompanyTime;
import de.opencrm.application.common.Stamp;
import de.opencrm.application.ticket.SlaPlanner;
import de.opencrm.application.ticket.TicketAssignmentService;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.common.NumberRange;
import de.opencrm.domain.common.NumberRanges;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.Texts;
import de.opencrm.domain.contact.ContactRepository;
import de.opencrm.domain.document.DocumentStore;
import de.opencrm.domain.ticket.MailHeaders;
import de.opencrm.domain.ticket.MailIntake;
import de.opencrm.domain.ticket.MailIntakeRow;
import de.opencrm.domain.ticket.ServiceMailRepository;
import de.opencrm.domain.ticket.ServiceQueueRepository;
import de.opencrm.domain.ticket.Ticket;
import de.opencrm.domain.ticket.TicketAttachment;
import de.opencrm.domain.ticket.TicketChannel;
import de.opencrm.domain.ticket.TicketMessage;
import de.opencrm.domain.ticket.TicketNumber;
import de.opencrm.domain.ticket.TicketPriority;
import de.opencrm.domain.ticket.TicketQueue;
import de.opencrm.domain.ticket.TicketRepository;
import de.opencrm.domain.ticket.mail.AutomaticMail;
import de.opencrm.domain.ticket.mail.IntakeOutcome;
import de.opencrm.domain.ticket.mail.MailIntakeRule;
import de.opencrm.domain.ticket.mail.MailThreading;
import de.opencrm.integration.mail.ReceivedMail;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Optional;

/**
 * Takes one mail of the service mailbox, in its own transaction: a person's mail about something
 * new opens a ticket in the mailbox's queue (from the person the address belongs to, else from the
 * address alone), assigned by the queue's policy; an answer joins the thread of its ticket and
 * reopens it if it waited or was solved; a machine's mail never opens a ticket. Every mail is
 * logged under its key, so it is taken once.
 */
@Stateless
@RolesAllowed({Role.Names.SERVICE, Role.Names.ADMIN})
@Permission(area = Area.TICKETS, operation = Operation.CREATE)
public class MailIntakeService {

  @Inject TicketRepository tickets;
  @Inject ServiceQueueRepository queues;
  @Inject ServiceMailRepository mailbox;
  @Inject NumberRanges ranges;
  @Inject TicketAssignmentService assignment;
  @Inject SlaPlanner planner;
  @Inject ContactRepository contacts;
  @Inject DocumentStore store;
  @Inject ServiceMailSettings settings;
  @Inject CompanyTime time;
  @Resource SessionContext context;

  /** Takes the mail; empty when it was taken before. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<IntakeOutcome> take(ReceivedMail mail) {
    if (mailbox.mailTaken(mail.key())) {
      return Optional.empty();
    }
    Stamp stamp = Stamp.of(context);
    Optional<String> automatic =
        AutomaticMail.reason(mail.headers(), mail.fromAddress(), settings.address());
    Optional<Ticket> answered = answeredTicket(mail);
    int opened =
        automatic.isPresent() || answered.isPresent()
            ? 0
            : mailbox.ticketsOpenedBy(mail.fromAddress(), stamp.at().minus(Duration.ofHours(1)));
    IntakeOutcome outcome =
        MailIntakeRule.decide(
            automatic.isPresent(),
            answered.map(Ticket::getStatus).orElse(null),
            opened,
            settings.ticketsPerSenderHour());
    Ticket ticket =
        switch (outcome) {
          case NEW_TICKET -> open(mail, stamp);
          case ADDED_TO_TICKET, AUTOMATIC_ADDED -> answered.orElseThrow();
          default -> null;
        };
    if (ticket != null) {
      if (outcome == IntakeOutcome.ADDED_TO_TICKET) {
        ticket.customerAnswered(stamp.at());
        planner.plan(ticket);
        ticket.recordModification(stamp.user(), stamp.at());
      }
      keep(ticket, mail, automatic.isPresent(), stamp);
    }
    String reason =
        automatic.orElse(outcome == IntakeOutcome.THROTTLED ? "mailIntake.throttled" : null);
    mailbox.addIntake(
        new MailIntake(
            mail.key(), stamp.at(), mail.fromAddress(), mail.subject(), outcome, reason, ticket));
    return Optional.of(outcome);
  }

  /** Logs a mail that was not read (too large, broken), so it is not offered again. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void refuse(String key, String sender, String subject, IntakeOutcome outcome, String why) {
    if (!mailbox.mailTaken(key)) {
      mailbox.addIntake(new MailIntake(key, time.now(), sender, subject, outcome, why, null));
    }
  }

  /** The mailbox's log, newest first: what became of each mail, and why. */
  public Page<MailIntakeRow> listIntakes(@NotNull PageRequest request) {
    return mailbox.intakes(request);
  }

  /**
   * The ticket the mail answers: by the Message-IDs it names, else by the number in its subject.
   */
  private Optional<Ticket> answeredTicket(ReceivedMail mail) {
    Optional<Ticket> byHeaders =
        tickets.findByMessageIds(MailThreading.answeredIds(mail.inReplyTo(), mail.references()));
    return byHeaders.isPresent()
        ? byHeaders
        : MailThreading.ticketNumberIn(mail.subject()).flatMap(tickets::findByNumber);
  }

  private Ticket open(ReceivedMail mail, Stamp stamp) {
    TicketQueue queue =
        queues
            .findQueue(settings.queueId())
            .orElseThrow(() -> new IllegalStateException("no queue " + settings.queueId()));
    String number = TicketNumber.text(ranges.lock(NumberRange.TICKET).next(time.today()));
    String subject = Texts.trimToNull(mail.subject());
    Ticket ticket =
        new Ticket(
            number,
            subject == null ? "(ohne Betreff)" : subject,
            TicketChannel.EMAIL,
            TicketPriority.NORMAL,
            queue,
            stamp.at());
    ticket.describe(ticket.getSubject(), mail.text(), null, null);
    ticket.concern(null, contacts.findByPrimaryEmail(mail.fromAddress()).orElse(null));
    ticket.requestedBy(mail.fromAddress(), mail.fromName());
    ticket.tier(null);
    ticket.recordCreation(stamp.user(), stamp.at());
    tickets.add(ticket);
    assignment.assignByPolicy(ticket);
    planner.plan(ticket);
    return ticket;
  }

  private void keep(Ticket ticket, ReceivedMail mail, boolean automatic, Stamp stamp) {
    MailHeaders headers =
        new MailHeaders(
            mail.messageId(),
            mail.fromAddress(),
            mail.to(),
            mail.subject(),
            MailThreading.idsIn(mail.inReplyTo()).stream().findFirst().orElse(null),
            MailThreading.idsIn(mail.references()));
    TicketMessage message = TicketMessage.inbound(ticket, headers, mail.text(), automatic);
    message.recordCreation(stamp.user(), stamp.at());
    tickets.addMessage(message);
    for (ReceivedMail.Attachment file : mail.attachments()) {
      DocumentStore.StoredFile stored = store.store(new ByteArrayInputStream(file.content()));
      tickets.addAttachment(
          new TicketAttachment(
              message,
              file.fileName(),
              file.contentType(),
              stored.size(),
              stored.key(),
              stored.sha256()));
    }
  }
}
