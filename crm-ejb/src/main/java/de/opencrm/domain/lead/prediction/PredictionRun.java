package de.opencrm.domain.lead.prediction;

import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** One training of the predictive lead score, kept as it went: the record of who trained when. */
@Entity
@Table(name = "crm_lead_model_run")
@NamedQuery(
    name = "PredictionRun.latest",
    query = "SELECT r FROM PredictionRun r ORDER BY r.trainedAt DESC, r.id DESC")
public class PredictionRun extends AuditedEntity implements AuditLabelled {

  @Id
  @SequenceGenerator(
      name = "crm_lead_model_run_seq",
      sequenceName = "crm_lead_model_run_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_lead_model_run_seq")
  private Long id;

  @Column(name = "trained_at", nullable = false)
  private Instant trainedAt;

  @Column(nullable = false)
  private int converted;

  @Column(nullable = false)
  private int disqualified;

  @Column(nullable = false)
  private boolean trained;

  @Column(precision = 5, scale = 4)
  private BigDecimal accuracy;

  @Column(precision = 5, scale = 4)
  private BigDecimal auc;

  protected PredictionRun() {}

  public PredictionRun(ConversionModel.Training training) {
    this.trainedAt = training.at();
    this.converted = training.converted();
    this.disqualified = training.disqualified();
    this.trained = training.trained();
    this.accuracy = rate(training.accuracy());
    this.auc = rate(training.auc());
  }

  private static BigDecimal rate(Double value) {
    return value == null || value.isNaN()
        ? null
        : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
  }

  public ConversionModel.Training training() {
    return new ConversionModel.Training(
        trainedAt,
        converted,
        disqualified,
        trained,
        accuracy == null ? null : accuracy.doubleValue(),
        auc == null ? null : auc.doubleValue());
  }

  @Override
  public String auditLabel() {
    return "Lead-Vorhersage " + trainedAt;
  }

  public Long getId() {
    return id;
  }
}
