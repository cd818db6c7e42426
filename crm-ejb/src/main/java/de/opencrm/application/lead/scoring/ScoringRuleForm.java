package de.opencrm.application.lead.scoring;

import de.opencrm.domain.lead.scoring.ScoreCriterion;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A scoring rule as the administrator edits it: what it looks at, the values typed as a list
 * separated by commas (keywords, industries, "DE, AT", postal regions "0-1, 4", sizes and sources
 * as chosen, the number of submissions), and the points (negative ones take away).
 */
public class ScoringRuleForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private long version;

  @NotNull private ScoreCriterion criterion = ScoreCriterion.JOB_TITLE;

  @Size(max = 500)
  private String values;

  @Min(-100)
  @Max(100)
  private int points = 10;

  private boolean active = true;

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

  public ScoreCriterion getCriterion() {
    return criterion;
  }

  public void setCriterion(ScoreCriterion criterion) {
    this.criterion = criterion;
  }

  public String getValues() {
    return values;
  }

  public void setValues(String values) {
    this.values = values;
  }

  public int getPoints() {
    return points;
  }

  public void setPoints(int points) {
    this.points = points;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
