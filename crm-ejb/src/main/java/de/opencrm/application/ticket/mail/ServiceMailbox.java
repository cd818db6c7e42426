package de.opencrm.application.ticket.mail;

import de.opencrm.domain.admin.Role;
import de.opencrm.domain.ticket.mail.IntakeOutcome;
import de.opencrm.integration.mail.ImapInbox;
import de.opencrm.integration.mail.ReceivedMail;
import de.opencrm.integration.mail.ReceivedMailReader;
import de.opencrm.integration.mail.UnreadableMail;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the service mailbox (java:jboss/mail/crm-service, 45-service-mail.cli) and hands each
 * unread mail to {@link MailIntakeService} as the service role. One reading at a time in this
 * server; several servers reading the same mailbox take each mail once through the intake log's
 * unique key. A mail is marked read only once it was taken or refused for good, so a database
 * outage leaves it for the next reading; a broken or huge mail is logged and never stops the rest.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RunAs(Role.Names.SERVICE)
@PermitAll
public class ServiceMailbox {

  private static final Logger LOG = Logger.getLogger(ServiceMailbox.class.getName());

  /** More unread mails than this wait for the next reading. */
  static final int BATCH = 100;

  private static final AtomicBoolean FAILING = new AtomicBoolean();

  @Resource(lookup = "java:jboss/mail/crm-service")
  Session session;

  @Inject MailIntakeService intake;
  @Inject ServiceMailSettings settings;

  private final Object reading = new Object();

  /** Reads the mailbox once; returns how often each outcome came out. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Map<IntakeOutcome, Integer> read() {
    synchronized (reading) {
      Map<IntakeOutcome, Integer> outcomes = new EnumMap<>(IntakeOutcome.class);
      try (ImapInbox inbox = ImapInbox.open(session, settings.folder())) {
        for (MimeMessage mail : inbox.unread(BATCH)) {
          Optional<IntakeOutcome> outcome = takeOne(mail);
          inbox.markTaken(mail);
          outcome.ifPresent(o -> outcomes.merge(o, 1, Integer::sum));
        }
        if (FAILING.getAndSet(false)) {
          LOG.info("the service mailbox is read again");
        }
      } catch (MessagingException | RuntimeException e) {
        Level level = FAILING.getAndSet(true) ? Level.FINE : Level.WARNING;
        LOG.log(level, "the service mailbox could not be read: " + e.getMessage(), e);
      }
      return outcomes;
    }
  }

  /**
   * Takes one mail; a failure of the database (or anything but the mail itself) is thrown, so the
   * mail stays unread for the next reading.
   */
  private Optional<IntakeOutcome> takeOne(MimeMessage mail) throws MessagingException {
    if (mail.getSize() > settings.maxBytes()) {
      intake.refuse(
          keyOf(mail),
          senderOf(mail),
          mail.getSubject(),
          IntakeOutcome.TOO_LARGE,
          "mailIntake.tooLarge");
      return Optional.of(IntakeOutcome.TOO_LARGE);
    }
    ReceivedMail received;
    try {
      received = ReceivedMailReader.read(mail);
    } catch (UnreadableMail e) {
      LOG.log(
          Level.WARNING, "a mail of the service mailbox could not be read: " + e.getMessage(), e);
      intake.refuse(
          "unreadable:" + UUID.randomUUID(),
          null,
          null,
          IntakeOutcome.MALFORMED,
          "mailIntake.unreadable");
      return Optional.of(IntakeOutcome.MALFORMED);
    }
    return intake.take(received);
  }

  private static String keyOf(MimeMessage mail) {
    try {
      String id = mail.getMessageID();
      return id == null ? "large:" + UUID.randomUUID() : id.replaceAll("^\\s*<|>\\s*$", "");
    } catch (MessagingException e) {
      return "large:" + UUID.randomUUID();
    }
  }

  private static String senderOf(MimeMessage mail) {
    try {
      return mail.getFrom() == null || mail.getFrom().length == 0
          ? null
          : mail.getFrom()[0].toString();
    } catch (MessagingException e) {
      return null;
    }
  }
}
