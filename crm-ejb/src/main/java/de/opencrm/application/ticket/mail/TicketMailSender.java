package de.opencrm.application.ticket.mail;

import de.opencrm.application.common.CompanyTime;
import de.opencrm.domain.ticket.MailHeaders;
import de.opencrm.domain.ticket.ServiceMailRepository;
import de.opencrm.domain.ticket.TicketMessage;
import de.opencrm.domain.ticket.TicketRepository;
import de.opencrm.integration.mail.OutgoingMail;
import de.opencrm.integration.mail.ThreadedMail;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.io.UnsupportedEncodingException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the replies that are due through the relay (java:jboss/mail/crm) from the service address,
 * each in its own transaction under a row lock, so two senders never send one twice. A relay that
 * refuses or cannot be reached leaves the reply pending with its next attempt, or failed after the
 * last; the ticket page shows which.
 */
@Stateless
@PermitAll
public class TicketMailSender {

  private static final Logger LOG = Logger.getLogger(TicketMailSender.class.getName());

  /** More due replies than this wait for the next run. */
  static final int BATCH = 200;

  @Resource(lookup = "java:jboss/mail/crm")
  Session session;

  @Inject TicketRepository tickets;
  @Inject ServiceMailRepository mailbox;
  @Inject ServiceMailSettings settings;
  @Inject CompanyTime time;
  @Resource SessionContext context;

  /** Right after a reply was stored: sends what is due without waiting for the schedule. */
  @Asynchronous
  public void sendSoon() {
    sendDue();
  }

  /** Sends what is due; returns how many went out. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int sendDue() {
    TicketMailSender self = context.getBusinessObject(TicketMailSender.class);
    int sent = 0;
    for (long id : mailbox.dueReplies(time.now(), BATCH)) {
      if (self.send(id)) {
        sent++;
      }
    }
    return sent;
  }

  /** Sends one reply if it is still due; returns whether the relay took it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean send(long messageId) {
    TicketMessage reply = tickets.findMessageForUpdate(messageId).orElse(null);
    if (reply == null || !reply.isDue(time.now())) {
      return false;
    }
    MailHeaders h = reply.mailHeaders();
    try {
      ThreadedMail.send(
          session,
          new OutgoingMail(
              h.from(),
              settings.name(),
              h.to(),
              h.subject(),
              reply.getBody(),
              h.messageId(),
              h.inReplyTo(),
              h.references()));
      reply.delivered(time.now());
      return true;
    } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
      LOG.log(Level.WARNING, "reply " + h.messageId() + " not sent: " + e.getMessage());
      reply.deliveryFailed(describe(e), time.now());
      return false;
    }
  }

  private static String describe(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + ": " + root.getMessage();
  }
}
