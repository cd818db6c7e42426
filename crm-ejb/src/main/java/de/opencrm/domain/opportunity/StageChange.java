package de.opencrm.domain.opportunity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An opportunity entered a stage (its first one: from none), when and by whom. */
@Entity
@Table(name = "crm_stage_change")
@NamedQuery(
    name = "StageChange.of",
    query =
        "SELECT c FROM StageChange c JOIN FETCH c.toStage WHERE c.opportunity.id = :opportunity"
            + " ORDER BY c.changedAt, c.id")
public class StageChange {

  @Id
  @SequenceGenerator(
      name = "crm_stage_change_seq",
      sequenceName = "crm_stage_change_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_stage_change_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "opportunity_id", nullable = false, updatable = false)
  private Opportunity opportunity;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "from_stage_id", updatable = false)
  private Stage fromStage;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "to_stage_id", nullable = false, updatable = false)
  private Stage toStage;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, length = 40, updatable = false)
  private String changedBy;

  protected StageChange() {}

  StageChange(Opportunity opportunity, Stage from, Stage to, Instant at, String by) {
    this.opportunity = opportunity;
    this.fromStage = from;
    this.toStage = to;
    this.changedAt = at;
    this.changedBy = by;
  }

  public Long getId() {
    return id;
  }

  public Stage getFromStage() {
    return fromStage;
  }

  public Stage getToStage() {
    return toStage;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }
}
