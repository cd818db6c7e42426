package de.opencrm.domain.privacy;

import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One pass of the retention rules: first a proposal (the dry run: what is due), then either carried
 * out after the data protection officer approved it, or discarded. Nothing is deleted without that
 * approval.
 */
@Entity
@Table(name = "crm_retention_run")
public class RetentionRun extends AuditedEntity implements AuditLabelled {

  public enum Status {
    PROPOSED,
    CARRIED_OUT,
    DISCARDED
  }

  @Id
  @SequenceGenerator(
      name = "crm_retention_run_seq",
      sequenceName = "crm_retention_run_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_retention_run_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.PROPOSED;

  @Column(nullable = false)
  private int candidates;

  @Column(name = "carried_out", nullable = false)
  private int carriedOut;

  @Column(nullable = false)
  private int skipped;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by", length = 40)
  private String decidedBy;

  public void proposed(int found) {
    this.candidates = found;
  }

  /** Approves the proposal; only a proposal can be carried out or discarded, once. */
  public void decide(Status decision, String user, Instant at) {
    if (status != Status.PROPOSED) {
      throw new BusinessException("retention.alreadyDecided");
    }
    this.status = decision;
    this.decidedBy = user;
    this.decidedAt = at;
  }

  public void count(int done, int notDone) {
    this.carriedOut = done;
    this.skipped = notDone;
  }

  @Override
  public String auditLabel() {
    return "retention run " + id;
  }

  public Long getId() {
    return id;
  }

  public Status getStatus() {
    return status;
  }

  public int getCandidates() {
    return candidates;
  }

  public int getCarriedOut() {
    return carriedOut;
  }

  public int getSkipped() {
    return skipped;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }
}
