package de.opencrm.domain.privacy;

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
import java.time.LocalDate;

/**
 * One record a retention run found due, and what became of it. Once carried out its label (a
 * person's name) is cleared: the deletion log keeps what went and why, not whom it named.
 */
@Entity
@Table(name = "crm_retention_candidate")
public class RetentionCandidate {

  public enum Outcome {
    PENDING,
    DONE,
    /** No longer due when the run was carried out (touched or deleted meanwhile). */
    SKIPPED
  }

  @Id
  @SequenceGenerator(
      name = "crm_retention_candidate_seq",
      sequenceName = "crm_retention_candidate_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_retention_candidate_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "run_id", nullable = false, updatable = false)
  private RetentionRun run;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30, updatable = false)
  private RetentionRule.Kind kind;

  @Column(name = "record_type", nullable = false, length = 40, updatable = false)
  private String recordType;

  @Column(name = "record_id", nullable = false, updatable = false)
  private long recordId;

  @Column(length = 200)
  private String label;

  /** Since when the record is due: the end of its restriction, or its last touch. */
  @Column(name = "due_since", nullable = false, updatable = false)
  private LocalDate dueSince;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Outcome outcome = Outcome.PENDING;

  protected RetentionCandidate() {}

  public RetentionCandidate(
      RetentionRun run,
      RetentionRule.Kind kind,
      String recordType,
      long recordId,
      String label,
      LocalDate dueSince) {
    this.run = run;
    this.kind = kind;
    this.recordType = recordType;
    this.recordId = recordId;
    this.label = label == null || label.length() <= 200 ? label : label.substring(0, 200);
    this.dueSince = dueSince;
  }

  public void done() {
    this.outcome = Outcome.DONE;
    this.label = null;
  }

  public void skipped() {
    this.outcome = Outcome.SKIPPED;
  }

  public Long getId() {
    return id;
  }

  public RetentionRun getRun() {
    return run;
  }

  public RetentionRule.Kind getKind() {
    return kind;
  }

  public String getRecordType() {
    return recordType;
  }

  public long getRecordId() {
    return recordId;
  }

  public String getLabel() {
    return label;
  }

  public LocalDate getDueSince() {
    return dueSince;
  }

  public Outcome getOutcome() {
    return outcome;
  }
}
