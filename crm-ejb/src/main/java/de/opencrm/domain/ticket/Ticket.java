package de.opencrm.domain.ticket;

import de.opencrm.domain.account.Account;
import de.opencrm.domain.account.CustomerTier;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Texts;
import de.opencrm.domain.contact.Contact;
import de.opencrm.domain.ticket.sla.BusinessCalendar;
import de.opencrm.domain.ticket.sla.Pause;
import de.opencrm.domain.ticket.sla.SlaClock;
import de.opencrm.domain.ticket.sla.SlaEscalation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A service ticket: what the customer needs, from whom and through which channel, how urgent, in
 * which queue and with whom, and where it stands. Waiting on the customer stops its SLA clock;
 * answering the customer the first time meets the first-response target; solving it the resolution
 * target.
 *
 * <p>Longer than 300 lines on purpose: an aggregate root keeps a ticket's status changes and both
 * SLA clocks (with their pauses) in one class, so a status can never change without its clocks.
 */
@Entity
@Table(name = "crm_ticket")
public class Ticket extends AuditedEntity implements AuditLabelled {

  @Id
  @SequenceGenerator(name = "crm_ticket_seq", sequenceName = "crm_ticket_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_ticket_seq")
  private Long id;

  @Column(name = "ticket_number", nullable = false, updatable = false, length = 20)
  private String number;

  @Column(nullable = false, length = 300)
  private String subject;

  @Column(length = 4000)
  private String description;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id")
  private Account account;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "contact_id")
  private Contact contact;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private TicketChannel channel;

  @Column(length = 60)
  private String category;

  @Column(length = 5)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private TicketPriority priority;

  @Enumerated(EnumType.STRING)
  @Column(name = "customer_tier", nullable = false, length = 10)
  private CustomerTier tier = CustomerTier.STANDARD;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TicketStatus status = TicketStatus.NEW;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "queue_id", nullable = false)
  private TicketQueue queue;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "assignee_id")
  private User assignee;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  @Column(name = "first_response_at")
  private Instant firstResponseAt;

  @Column(name = "solved_at")
  private Instant solvedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  /** Who wrote in by e-mail: replies go there. */
  @Column(name = "requester_email", length = 254)
  private String requesterEmail;

  @Column(name = "requester_name", length = 200)
  private String requesterName;

  @Embedded private SlaTracking sla = new SlaTracking();

  @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
  @OrderBy("from")
  private List<TicketPause> pauses = new ArrayList<>();

  protected Ticket() {}

  public Ticket(
      String number,
      String subject,
      TicketChannel channel,
      TicketPriority priority,
      TicketQueue queue,
      Instant openedAt) {
    this.number = number;
    this.channel = channel;
    this.queue = queue;
    this.openedAt = openedAt;
    describe(subject, null, null, null);
    prioritize(priority);
  }

  public void describe(String newSubject, String newDescription, String newCategory, String lang) {
    String given = Texts.cut(newSubject, 300);
    if (given == null) {
      throw BusinessException.onField("subject", "ticket.subjectRequired");
    }
    this.subject = given;
    this.description = Texts.cut(newDescription, 4000);
    String cat = Texts.cut(newCategory, 60);
    this.category = cat == null ? null : cat.toLowerCase(Locale.ROOT);
    String code = Texts.trimToNull(lang);
    this.language = code == null ? null : code.toLowerCase(Locale.ROOT);
  }

  /** Whom the ticket is about; the person's company when no company is given. */
  public void concern(Account newAccount, Contact newContact) {
    this.contact = newContact;
    this.account = newAccount != null || newContact == null ? newAccount : newContact.getAccount();
  }

  public void prioritize(TicketPriority newPriority) {
    if (newPriority == null) {
      throw BusinessException.onField("priority", "ticket.priorityRequired");
    }
    this.priority = newPriority;
  }

  /**
   * The SLA tier: the one asked for, or the service level the company bought when that is higher (a
   * premium customer's mail gets premium targets without anyone choosing them).
   */
  public void tier(CustomerTier requested) {
    CustomerTier asked = requested == null ? CustomerTier.STANDARD : requested;
    CustomerTier bought = account == null ? CustomerTier.STANDARD : account.getServiceTier();
    this.tier = asked.compareTo(bought) >= 0 ? asked : bought;
  }

  /** With an agent now; a new ticket becomes assigned. Without one it waits in its queue. */
  public void assignTo(User agent) {
    this.assignee = agent;
    if (agent != null && status == TicketStatus.NEW) {
      status = TicketStatus.ASSIGNED;
    }
  }

  /** Moves to the next status, as {@link TicketStatus#next()} allows; the SLA clock follows. */
  public void changeStatus(TicketStatus next, Instant at) {
    if (next == status) {
      return;
    }
    if (!status.next().contains(next)) {
      throw BusinessException.onField("status", "ticket.statusNotAllowed");
    }
    if (status == TicketStatus.WAITING_ON_CUSTOMER) {
      pauses.stream().filter(TicketPause::isOpen).forEach(p -> p.end(at));
    }
    if (next == TicketStatus.WAITING_ON_CUSTOMER) {
      pauses.add(new TicketPause(this, at));
    }
    solvedAt = next == TicketStatus.SOLVED ? at : next == TicketStatus.CLOSED ? solvedAt : null;
    if (next == TicketStatus.CLOSED && solvedAt == null) {
      solvedAt = at;
    }
    if (solvedAt != null) {
      sla.met(SlaEscalation.Target.RESOLUTION, solvedAt);
    }
    closedAt = next == TicketStatus.CLOSED ? at : null;
    status = next;
  }

  /** The ticket came in by e-mail from this address (and name, if the mail gave one). */
  public void requestedBy(String email, String name) {
    this.requesterEmail = Texts.cut(email, 254);
    this.requesterName = Texts.cut(name, 200);
  }

  /** Where replies go: who wrote in, else the person the ticket is about; empty if neither. */
  public String replyAddress() {
    if (requesterEmail != null) {
      return requesterEmail;
    }
    return contact == null ? null : Texts.trimToNull(contact.getEmail());
  }

  /** How a reply greets the customer: the person, else the name the mail gave, else none. */
  public String customerName() {
    if (contact != null) {
      return contact.auditLabel();
    }
    return requesterName;
  }

  /**
   * The customer wrote again: a ticket waiting on them or solved is worked on again (the SLA clock
   * runs on); a closed one stays closed.
   */
  public void customerAnswered(Instant at) {
    if (status == TicketStatus.WAITING_ON_CUSTOMER || status == TicketStatus.SOLVED) {
      changeStatus(TicketStatus.IN_PROGRESS, at);
    }
  }

  /** The customer was answered: the first time meets the first-response target. */
  public void responded(Instant at) {
    if (firstResponseAt == null) {
      firstResponseAt = at;
      sla.met(SlaEscalation.Target.FIRST_RESPONSE, at);
    }
  }

  /**
   * Plans the SLA deadlines anew from the policy for its priority and tier on its queue's calendar,
   * after anything that moves them (opened, answered, paused, resumed, solved, reprioritized).
   */
  public void planSla(SlaPolicy policy, BusinessCalendar calendar, Instant now) {
    SlaClock clock = new SlaClock(calendar);
    sla.plan(
        clock.deadlines(
            openedAt,
            pauses(),
            firstResponseAt,
            policy.firstResponse(),
            policy.getWarnPercent(),
            now),
        clock.deadlines(
            openedAt, pauses(), solvedAt, policy.resolution(), policy.getWarnPercent(), now),
        status.isOpen());
  }

  /** The escalation step was taken (the priority raised, people told); the next one is planned. */
  public void escalated(SlaTracking.Step step) {
    sla.escalated(step);
  }

  public SlaTracking getSla() {
    return sla;
  }

  public List<Pause> pauses() {
    return pauses.stream().map(TicketPause::asPause).toList();
  }

  @Override
  public String auditLabel() {
    return number + " " + subject;
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public String getSubject() {
    return subject;
  }

  public String getDescription() {
    return description;
  }

  public Account getAccount() {
    return account;
  }

  public Contact getContact() {
    return contact;
  }

  public TicketChannel getChannel() {
    return channel;
  }

  public String getCategory() {
    return category;
  }

  public String getLanguage() {
    return language;
  }

  public TicketPriority getPriority() {
    return priority;
  }

  public CustomerTier getTier() {
    return tier;
  }

  public TicketStatus getStatus() {
    return status;
  }

  public TicketQueue getQueue() {
    return queue;
  }

  public User getAssignee() {
    return assignee;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getFirstResponseAt() {
    return firstResponseAt;
  }

  public Instant getSolvedAt() {
    return solvedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public String getRequesterEmail() {
    return requesterEmail;
  }

  public String getRequesterName() {
    return requesterName;
  }
}
