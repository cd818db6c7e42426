package de.opencrm.application.opportunity;

import de.opencrm.domain.opportunity.ForecastCategory;
import de.opencrm.domain.opportunity.StageOutcome;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A stage as the administrator edits it; a new one goes to the end of its pipeline. */
public class StageForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private long version;
  @NotNull private Long pipelineId;

  @NotBlank
  @Size(max = 100)
  private String nameDe;

  @Size(max = 100)
  private String nameEn;

  @Min(0)
  @Max(100)
  private int probability;

  @NotNull private ForecastCategory forecastCategory = ForecastCategory.PIPELINE;
  @NotNull private StageOutcome outcome = StageOutcome.OPEN;

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public Long getPipelineId() {
    return pipelineId;
  }

  public void setPipelineId(Long pipelineId) {
    this.pipelineId = pipelineId;
  }

  public String getNameDe() {
    return nameDe;
  }

  public void setNameDe(String nameDe) {
    this.nameDe = nameDe;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public int getProbability() {
    return probability;
  }

  public void setProbability(int probability) {
    this.probability = probability;
  }

  public ForecastCategory getForecastCategory() {
    return forecastCategory;
  }

  public void setForecastCategory(ForecastCategory forecastCategory) {
    this.forecastCategory = forecastCategory;
  }

  public StageOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(StageOutcome outcome) {
    this.outcome = outcome;
  }
}
