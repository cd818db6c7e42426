package de.opencrm.domain.activity;

import de.opencrm.domain.admin.User;
import de.opencrm.domain.common.Texts;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** Something a user has to do for a customer by a day, possibly with a reminder before. */
@Entity
@Table(name = "crm_task")
public class Task extends AttachedToRecord {

  @Id
  @SequenceGenerator(name = "crm_task_seq", sequenceName = "crm_task_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_task_seq")
  private Long id;

  @Column(nullable = false, length = 200)
  private String subject;

  @Column(length = 2000)
  private String description;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(nullable = false)
  private TaskPriority priority = TaskPriority.NORMAL;

  @Column(name = "remind_at")
  private Instant remindAt;

  /** When the reminder went out; a changed reminder time makes it due again. */
  @Column(name = "reminded_at")
  private Instant remindedAt;

  /** When it was done; open while null. */
  @Column(name = "done_at")
  private Instant doneAt;

  @Column(name = "done_by", length = 40)
  private String doneBy;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assignee_id", nullable = false)
  private User assignee;

  protected Task() {}

  public Task(JournalTarget target) {
    super(target);
  }

  public void plan(
      String newSubject,
      String newDescription,
      LocalDate newDueDate,
      TaskPriority newPriority,
      User newAssignee,
      Instant newRemindAt) {
    this.subject = newSubject.strip();
    this.description = Texts.trimToNull(newDescription);
    this.dueDate = newDueDate;
    this.priority = newPriority == null ? TaskPriority.NORMAL : newPriority;
    this.assignee = newAssignee;
    if (!Objects.equals(remindAt, newRemindAt)) {
      this.remindedAt = null;
    }
    this.remindAt = newRemindAt;
  }

  public void complete(String user, Instant at) {
    if (doneAt == null) {
      doneAt = at;
      doneBy = user;
    }
  }

  public void reopen() {
    doneAt = null;
    doneBy = null;
  }

  public boolean isOpen() {
    return doneAt == null;
  }

  /** Open past its due day. */
  public boolean isOverdue(LocalDate today) {
    return isOpen() && dueDate.isBefore(today);
  }

  /** Open, with a reminder whose time has come and that has not gone out yet. */
  public boolean isReminderDue(Instant now) {
    return isOpen() && remindAt != null && remindedAt == null && !remindAt.isAfter(now);
  }

  /** The reminder went out (or could go nowhere): it is not sent again. */
  public void markReminded(Instant at) {
    this.remindedAt = at;
  }

  public Instant getRemindedAt() {
    return remindedAt;
  }

  public Long getId() {
    return id;
  }

  public String getSubject() {
    return subject;
  }

  public String getDescription() {
    return description;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public TaskPriority getPriority() {
    return priority;
  }

  public Instant getRemindAt() {
    return remindAt;
  }

  public Instant getDoneAt() {
    return doneAt;
  }

  public String getDoneBy() {
    return doneBy;
  }

  public User getAssignee() {
    return assignee;
  }
}
