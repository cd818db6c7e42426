package de.opencrm.domain.ticket;

import de.opencrm.domain.common.Texts;
import de.opencrm.domain.ticket.mail.IntakeOutcome;
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

/**
 * The service mailbox's log: one row per mail read, under a key unique to the mail (its
 * Message-ID), saying what became of it. The key makes sure a mail is taken once, however often it
 * is read and by however many servers.
 */
@Entity
@Table(name = "crm_mail_intake")
public class MailIntake {

  @Id
  @SequenceGenerator(
      name = "crm_mail_intake_seq",
      sequenceName = "crm_mail_intake_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_mail_intake_seq")
  private Long id;

  @Column(name = "mail_key", nullable = false, length = 250, updatable = false)
  private String mailKey;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(length = 254, updatable = false)
  private String sender;

  @Column(length = 300, updatable = false)
  private String subject;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private IntakeOutcome outcome;

  /** A message key saying why (a machine's mail, the limit), or the reader's complaint. */
  @Column(length = 100, updatable = false)
  private String reason;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "ticket_id", updatable = false)
  private Ticket ticket;

  protected MailIntake() {}

  public MailIntake(
      String mailKey,
      Instant receivedAt,
      String sender,
      String subject,
      IntakeOutcome outcome,
      String reason,
      Ticket ticket) {
    this.mailKey = Texts.cut(mailKey, 250);
    this.receivedAt = receivedAt;
    this.sender = sender == null ? null : Texts.cut(sender.toLowerCase(java.util.Locale.ROOT), 254);
    this.subject = Texts.cut(subject, 300);
    this.outcome = outcome;
    this.reason = Texts.cut(reason, 100);
    this.ticket = ticket;
  }

  public Long getId() {
    return id;
  }

  public String getMailKey() {
    return mailKey;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public String getSender() {
    return sender;
  }

  public String getSubject() {
    return subject;
  }

  public IntakeOutcome getOutcome() {
    return outcome;
  }

  public String getReason() {
    return reason;
  }

  public Ticket getTicket() {
    return ticket;
  }
}
