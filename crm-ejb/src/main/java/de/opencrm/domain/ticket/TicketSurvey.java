package de.opencrm.domain.ticket;

import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Texts;
import de.opencrm.domain.contact.Contact;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * The satisfaction survey of a solved ticket: sent once, answered once within {@link #VALID} by
 * whoever holds the link (CSAT 1–5 with an optional comment, NPS 0–10 if they like). The link's
 * token lets its holder answer this survey and nothing else.
 */
@Entity
@Table(name = "crm_ticket_survey")
public class TicketSurvey {

  /** How long a survey link can be answered. */
  public static final Duration VALID = Duration.ofDays(30);

  @Id
  @SequenceGenerator(
      name = "crm_ticket_survey_seq",
      sequenceName = "crm_ticket_survey_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_ticket_survey_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "ticket_id", nullable = false, updatable = false)
  private Ticket ticket;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "contact_id", updatable = false)
  private Contact contact;

  @Column(nullable = false, length = 64, updatable = false)
  private String token;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private Instant sentAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  private Integer csat;

  private Integer nps;

  @Column(name = "answer_comment", length = 2000)
  private String comment;

  @Version
  @Column(nullable = false)
  private long version;

  protected TicketSurvey() {}

  public TicketSurvey(Ticket ticket, String token, Instant sentAt) {
    this.ticket = ticket;
    this.contact = ticket.getContact();
    this.token = token;
    this.sentAt = sentAt;
  }

  /** Whether the link can still be answered. */
  public boolean isOpen(Instant now) {
    return answeredAt == null && now.isBefore(sentAt.plus(VALID));
  }

  /** The customer's answer; refused when given already or too late, or out of range. */
  public void answer(Integer satisfaction, Integer recommendation, String text, Instant at) {
    if (!isOpen(at)) {
      throw new BusinessException(answeredAt != null ? "survey.answered" : "survey.expired");
    }
    if (satisfaction == null || satisfaction < 1 || satisfaction > 5) {
      throw BusinessException.onField("csat", "survey.csatRequired");
    }
    if (recommendation != null && (recommendation < 0 || recommendation > 10)) {
      throw BusinessException.onField("nps", "survey.npsRange");
    }
    this.csat = satisfaction;
    this.nps = recommendation;
    this.comment = Texts.cut(text, 2000);
    this.answeredAt = at;
  }

  public Long getId() {
    return id;
  }

  public Ticket getTicket() {
    return ticket;
  }

  public String getToken() {
    return token;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public Integer getCsat() {
    return csat;
  }

  public Integer getNps() {
    return nps;
  }

  public String getComment() {
    return comment;
  }
}
