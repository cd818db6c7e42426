package de.opencrm.domain.ticket;

import de.opencrm.domain.admin.User;
import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Texts;
import de.opencrm.domain.ticket.mail.DeliveryRetry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An entry of a ticket's thread: an e-mail in or out, a phone note, an internal note. */
@Entity
@Table(name = "crm_ticket_message")
public class TicketMessage extends AuditedEntity implements AuditLabelled {

  @Id
  @SequenceGenerator(
      name = "crm_ticket_message_seq",
      sequenceName = "crm_ticket_message_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_ticket_message_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "ticket_id", nullable = false, updatable = false)
  private Ticket ticket;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private MessageKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "author_id", updatable = false)
  private User author;

  @Column(nullable = false, length = 4000)
  private String body;

  /** The mail's Message-ID without angle brackets; e-mails only. */
  @Column(name = "message_id", length = 250, updatable = false)
  private String messageId;

  @Column(name = "mail_from", length = 254, updatable = false)
  private String mailFrom;

  @Column(name = "mail_to", length = 254, updatable = false)
  private String mailTo;

  @Column(name = "mail_subject", length = 300, updatable = false)
  private String mailSubject;

  @Column(name = "in_reply_to", length = 250, updatable = false)
  private String inReplyTo;

  /** The Message-IDs the mail refers to, oldest first, separated by spaces. */
  @Column(name = "mail_references", length = 4000, updatable = false)
  private String references;

  /** Sent by a machine (an out-of-office notice): kept, but it changes nothing. */
  @Column(nullable = false, updatable = false)
  private boolean automatic;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private DeliveryStatus delivery;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error", length = 500)
  private String lastError;

  protected TicketMessage() {}

  /** A mail from the service mailbox, on the ticket it opened or answers. */
  public static TicketMessage inbound(Ticket ticket, MailHeaders mail, String body, boolean auto) {
    TicketMessage message =
        new TicketMessage(
            ticket,
            MessageKind.INBOUND_EMAIL,
            null,
            body == null || body.isBlank() ? "(leer)" : body);
    message.headers(mail);
    message.automatic = auto;
    return message;
  }

  /** An agent's reply by e-mail, waiting to be sent at once. */
  public static TicketMessage reply(
      Ticket ticket, User author, String body, MailHeaders mail, Instant at) {
    TicketMessage message = new TicketMessage(ticket, MessageKind.OUTBOUND_EMAIL, author, body);
    message.headers(mail);
    message.delivery = DeliveryStatus.PENDING;
    message.nextAttemptAt = at;
    return message;
  }

  private void headers(MailHeaders mail) {
    this.messageId = Texts.cut(mail.messageId(), 250);
    this.mailFrom = Texts.cut(mail.from(), 254);
    this.mailTo = Texts.cut(mail.to(), 254);
    this.mailSubject = Texts.cut(mail.subject(), 300);
    this.inReplyTo = Texts.cut(mail.inReplyTo(), 250);
    this.references = Texts.cut(String.join(" ", mail.references()), 4000);
  }

  /** Whether the reply is due to be (re)sent now. */
  public boolean isDue(Instant now) {
    return delivery == DeliveryStatus.PENDING
        && nextAttemptAt != null
        && !nextAttemptAt.isAfter(now);
  }

  /** The relay took the mail. */
  public void delivered(Instant at) {
    delivery = DeliveryStatus.SENT;
    sentAt = at;
    nextAttemptAt = null;
    attempts++;
    lastError = null;
  }

  /** The relay did not take it: tried again later, or given up after the last attempt. */
  public void deliveryFailed(String error, Instant at) {
    attempts++;
    lastError = Texts.cut(error, 500);
    Optional<Instant> next = DeliveryRetry.nextAttempt(attempts, at);
    delivery = next.isPresent() ? DeliveryStatus.PENDING : DeliveryStatus.FAILED;
    nextAttemptAt = next.orElse(null);
  }

  /** An agent sends a failed reply again: a fresh round of attempts, starting now. */
  public void sendAgain(Instant at) {
    if (delivery != DeliveryStatus.FAILED) {
      throw new BusinessException("ticket.notFailed");
    }
    delivery = DeliveryStatus.PENDING;
    attempts = 0;
    nextAttemptAt = at;
  }

  /** The mail's headers as kept on the entry. */
  public MailHeaders mailHeaders() {
    return new MailHeaders(
        messageId,
        mailFrom,
        mailTo,
        mailSubject,
        inReplyTo,
        references == null || references.isBlank() ? List.of() : List.of(references.split(" ")));
  }

  public TicketMessage(Ticket ticket, MessageKind kind, User author, String body) {
    String given = Texts.cut(body, 4000);
    if (given == null) {
      throw BusinessException.onField("body", "ticket.messageRequired");
    }
    this.ticket = ticket;
    this.kind = kind;
    this.author = author;
    this.body = given;
  }

  @Override
  public String auditLabel() {
    return ticket.getNumber() + ": " + kind;
  }

  public Long getId() {
    return id;
  }

  public Ticket getTicket() {
    return ticket;
  }

  public MessageKind getKind() {
    return kind;
  }

  public User getAuthor() {
    return author;
  }

  public String getBody() {
    return body;
  }

  public String getMessageId() {
    return messageId;
  }

  public String getMailFrom() {
    return mailFrom;
  }

  public String getMailTo() {
    return mailTo;
  }

  public boolean isAutomatic() {
    return automatic;
  }

  public DeliveryStatus getDelivery() {
    return delivery;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public String getLastError() {
    return lastError;
  }
}
