package de.opencrm.domain.activity;

import de.opencrm.domain.admin.User;
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
import java.time.Instant;

/** One journal entry: a call, meeting, e-mail or note with a customer, written by a user. */
@Entity
@Table(name = "crm_activity")
public class Activity extends AttachedToRecord {

  @Id
  @SequenceGenerator(
      name = "crm_activity_seq",
      sequenceName = "crm_activity_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_activity_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ActivityType type;

  @Column(nullable = false, length = 200)
  private String subject;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "duration_minutes")
  private Integer durationMinutes;

  @Column(length = 500)
  private String participants;

  @Column(length = 4000)
  private String outcome;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "author_id", nullable = false)
  private User author;

  protected Activity() {}

  public Activity(JournalTarget target, User author) {
    super(target);
    this.author = author;
  }

  /** What happened, when, for how long (ignored for notes), with whom and with what result. */
  public void record(
      ActivityType newType,
      String newSubject,
      Instant newOccurredAt,
      Integer newDurationMinutes,
      String newParticipants,
      String newOutcome) {
    this.type = newType;
    this.subject = newSubject.strip();
    this.occurredAt = newOccurredAt;
    this.durationMinutes = newType.hasDuration() ? newDurationMinutes : null;
    this.participants = Texts.trimToNull(newParticipants);
    this.outcome = Texts.trimToNull(newOutcome);
  }

  /** Whether this user wrote the entry; only the author (and an administrator) changes it. */
  public boolean writtenBy(User user) {
    return author.getId().equals(user.getId());
  }

  public Long getId() {
    return id;
  }

  public ActivityType getType() {
    return type;
  }

  public String getSubject() {
    return subject;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public Integer getDurationMinutes() {
    return durationMinutes;
  }

  public String getParticipants() {
    return participants;
  }

  public String getOutcome() {
    return outcome;
  }

  public User getAuthor() {
    return author;
  }
}
