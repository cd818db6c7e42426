package de.opencrm.application.ticket.mail;

import de.opencrm.application.common.CallerAccess;
import de.opencrm.application.common.Stamp;
import de.opencrm.application.ticket.SlaPlanner;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Texts;
import de.opencrm.domain.ticket.MailHeaders;
import de.opencrm.domain.ticket.MessageKind;
import de.opencrm.domain.ticket.ReplyHeaders;
import de.opencrm.domain.ticket.ServiceMailRepository;
import de.opencrm.domain.ticket.Ticket;
import de.opencrm.domain.ticket.TicketMessage;
import de.opencrm.domain.ticket.TicketRepository;
import de.opencrm.domain.ticket.TicketStatus;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * Agents answer the customer by e-mail from the ticket page: the reply is stored on the thread with
 * its own Message-ID, In-Reply-To the customer's last mail and References the conversation, and is
 * sent once the transaction commits (and again until the relay takes it). It meets the
 * first-response target; the ticket may then wait on the customer.
 */
@Stateless
@RolesAllowed({Role.Names.SERVICE, Role.Names.ADMIN})
@Permission(area = Area.TICKETS, operation = Operation.EDIT)
public class TicketReplyService {

  /** The longest reply kept on the thread (and sent): longer ones are refused, never cut. */
  public static final int MAX_REPLY = 4000;

  @Inject TicketRepository tickets;
  @Inject ServiceMailRepository mailbox;
  @Inject UserRepository users;
  @Inject ServiceMailSettings settings;
  @Inject SlaPlanner planner;
  @Inject Event<ReplyQueued> queued;
  @Resource SessionContext context;

  /** Replies to the ticket, in the version seen; returns the reply's id. */
  public long reply(long ticketId, long version, String body, boolean waitOnCustomer) {
    Ticket ticket = find(ticketId);
    ticket.requireVersion(version);
    if (Texts.trimToNull(body) == null) {
      throw BusinessException.onField("reply", "ticket.replyRequired");
    }
    if (body.strip().length() > MAX_REPLY) {
      throw BusinessException.onField("reply", "ticket.replyTooLong", MAX_REPLY);
    }
    String to = ticket.replyAddress();
    if (to == null) {
      throw BusinessException.onField("reply", "ticket.noReplyAddress");
    }
    MailHeaders headers =
        ReplyHeaders.of(
            ticket, tickets.messages(ticketId), settings.address(), to, UUID.randomUUID());
    Stamp stamp = Stamp.of(context);
    User agent = CallerAccess.caller(context, users);
    TicketMessage reply = TicketMessage.reply(ticket, agent, body, headers, stamp.at());
    reply.recordCreation(stamp.user(), stamp.at());
    tickets.addMessage(reply);
    ticket.responded(stamp.at());
    if (waitOnCustomer && ticket.getStatus().next().contains(TicketStatus.WAITING_ON_CUSTOMER)) {
      ticket.changeStatus(TicketStatus.WAITING_ON_CUSTOMER, stamp.at());
    }
    planner.plan(ticket);
    ticket.recordModification(stamp.user(), stamp.at());
    queued.fire(new ReplyQueued(reply.getId()));
    return reply.getId();
  }

  /** Sends a reply the relay never took once more, from now on. */
  public void sendAgain(long messageId) {
    TicketMessage reply =
        tickets
            .findMessageForUpdate(messageId)
            .filter(m -> m.getKind() == MessageKind.OUTBOUND_EMAIL)
            .orElseThrow(() -> new BusinessException("ticket.notFound"));
    Stamp stamp = Stamp.of(context);
    reply.sendAgain(stamp.at());
    queued.fire(new ReplyQueued(reply.getId()));
  }

  /** The reply templates, filled in for the ticket; the ticket's language first. */
  public List<ReplyTemplateOption> templatesFor(long ticketId) {
    Ticket ticket = find(ticketId);
    String agent = CallerAccess.caller(context, users).getDisplayName();
    String lang = ticket.getLanguage() == null ? "de" : ticket.getLanguage();
    return mailbox.templates().stream()
        .sorted(
            (a, b) -> Boolean.compare(!lang.equals(a.getLanguage()), !lang.equals(b.getLanguage())))
        .map(
            t ->
                new ReplyTemplateOption(
                    t.getId(),
                    t.getName(),
                    t.getLanguage(),
                    t.render(
                        ticket.customerName(), ticket.getNumber(), ticket.getSubject(), agent)))
        .toList();
  }

  private Ticket find(long id) {
    return tickets.findById(id).orElseThrow(() -> new BusinessException("ticket.notFound"));
  }
}
