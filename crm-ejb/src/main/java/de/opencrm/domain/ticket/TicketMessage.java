package de.opencrm.domain.ticket;

import de.opencrm.domain.admin.User;
import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Texts;
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

  protected TicketMessage() {}

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
}
