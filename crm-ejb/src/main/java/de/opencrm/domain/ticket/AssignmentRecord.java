package de.opencrm.domain.ticket;

import de.opencrm.domain.admin.User;
import de.opencrm.domain.ticket.assignment.AssignmentDecision;
import de.opencrm.domain.ticket.assignment.AssignmentPolicy;
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
import java.util.stream.Collectors;

/**
 * Who a ticket went to, when, and why: by a queue's policy (with its reason and who was passed
 * over) or by hand (with the person's note). Never changed afterwards.
 */
@Entity
@Table(name = "crm_assignment_record")
public class AssignmentRecord {

  /** The reason of an assignment by hand. */
  public static final String MANUAL = "assignment.manual";

  @Id
  @SequenceGenerator(
      name = "crm_assignment_record_seq",
      sequenceName = "crm_assignment_record_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_assignment_record_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "ticket_id", nullable = false, updatable = false)
  private Ticket ticket;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "assignee_id", updatable = false)
  private User assignee;

  @Enumerated(EnumType.STRING)
  @Column(length = 20, updatable = false)
  private AssignmentPolicy policy;

  @Column(nullable = false, length = 60, updatable = false)
  private String reason;

  @Column(length = 200, updatable = false)
  private String arguments;

  @Column(length = 1000, updatable = false)
  private String skipped;

  @Column(length = 500, updatable = false)
  private String note;

  @Column(name = "decided_at", nullable = false, updatable = false)
  private Instant decidedAt;

  @Column(name = "decided_by", nullable = false, length = 40, updatable = false)
  private String decidedBy;

  protected AssignmentRecord() {}

  private AssignmentRecord(Ticket ticket, User assignee, Instant at, String by) {
    this.ticket = ticket;
    this.assignee = assignee;
    this.decidedAt = at;
    this.decidedBy = by;
  }

  public static AssignmentRecord byPolicy(
      Ticket ticket, AssignmentDecision decision, User assignee, Instant at, String by) {
    AssignmentRecord record = new AssignmentRecord(ticket, assignee, at, by);
    record.policy = decision.policy();
    record.reason = decision.reason();
    record.arguments =
        cut(
            decision.arguments().stream().map(String::valueOf).collect(Collectors.joining(",")),
            200);
    record.skipped = cut(String.join(", ", decision.skipped()), 1000);
    return record;
  }

  public static AssignmentRecord byHand(
      Ticket ticket, User assignee, String note, Instant at, String by) {
    AssignmentRecord record = new AssignmentRecord(ticket, assignee, at, by);
    record.reason = MANUAL;
    record.note = cut(note, 500);
    return record;
  }

  private static String cut(String text, int max) {
    return text == null || text.isEmpty() ? null : text.substring(0, Math.min(max, text.length()));
  }

  public Long getId() {
    return id;
  }

  public User getAssignee() {
    return assignee;
  }

  public AssignmentPolicy getPolicy() {
    return policy;
  }

  public String getReason() {
    return reason;
  }

  public String getArguments() {
    return arguments;
  }

  public String getSkipped() {
    return skipped;
  }

  public String getNote() {
    return note;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }
}
