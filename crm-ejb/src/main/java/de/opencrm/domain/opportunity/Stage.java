package de.opencrm.domain.opportunity;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Locale;

/**
 * A step of a pipeline in its order, with the probability an opportunity gets on entering it, how
 * it counts in the forecast and whether it closes the opportunity as won or lost.
 */
@Entity
@Table(name = "crm_stage")
@NamedQuery(
    name = "Stage.ofPipeline",
    query = "SELECT s FROM Stage s WHERE s.pipeline.id = :pipeline ORDER BY s.position, s.id")
public class Stage extends AuditedEntity implements AuditLabelled {

  @Id
  @SequenceGenerator(name = "crm_stage_seq", sequenceName = "crm_stage_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_stage_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "pipeline_id", nullable = false)
  private Pipeline pipeline;

  @Column(name = "name_de", nullable = false, length = 100)
  private String nameDe;

  @Column(name = "name_en", nullable = false, length = 100)
  private String nameEn;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private int probability;

  @Enumerated(EnumType.STRING)
  @Column(name = "forecast_category", nullable = false, length = 20)
  private ForecastCategory forecastCategory;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private StageOutcome outcome;

  protected Stage() {}

  public Stage(
      Pipeline pipeline,
      String nameDe,
      String nameEn,
      int position,
      int probability,
      ForecastCategory forecastCategory,
      StageOutcome outcome) {
    this.pipeline = pipeline;
    this.position = position;
    describe(nameDe, nameEn, probability, forecastCategory, outcome);
  }

  /**
   * Names the stage in German and English (English as German when empty) and says what entering it
   * means: the probability, how it counts in the forecast, whether it closes as won or lost.
   * Opportunities already in it keep what they took on entering.
   */
  public void describe(
      String german,
      String english,
      int percent,
      ForecastCategory category,
      StageOutcome closesAs) {
    String de = Texts.cut(german, 100);
    if (de == null) {
      throw BusinessException.onField("nameDe", "stage.nameRequired");
    }
    if (category == null || closesAs == null) {
      throw BusinessException.onField("forecastCategory", "stage.kindRequired");
    }
    String en = Texts.cut(english, 100);
    this.nameDe = de;
    this.nameEn = en == null ? de : en;
    this.probability = Probability.checked(percent);
    this.forecastCategory = category;
    this.outcome = closesAs;
  }

  /** Its place in the pipeline's order. */
  public void placeAt(int newPosition) {
    this.position = newPosition;
  }

  /** The name in the user's language (German, or English for everyone else). */
  public String name(Locale locale) {
    return "de".equals(locale.getLanguage()) ? nameDe : nameEn;
  }

  public boolean closes() {
    return outcome != StageOutcome.OPEN;
  }

  @Override
  public String auditLabel() {
    return nameDe;
  }

  public Long getId() {
    return id;
  }

  public Pipeline getPipeline() {
    return pipeline;
  }

  public String getNameDe() {
    return nameDe;
  }

  public String getNameEn() {
    return nameEn;
  }

  public int getPosition() {
    return position;
  }

  public int getProbability() {
    return probability;
  }

  public ForecastCategory getForecastCategory() {
    return forecastCategory;
  }

  public StageOutcome getOutcome() {
    return outcome;
  }
}
