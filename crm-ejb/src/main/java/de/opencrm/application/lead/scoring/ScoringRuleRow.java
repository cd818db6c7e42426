package de.opencrm.application.lead.scoring;

import de.opencrm.domain.lead.scoring.ScoreCriterion;
import java.util.List;

/** A scoring rule in the administrator's list. */
public record ScoringRuleRow(
    long id,
    long version,
    ScoreCriterion criterion,
    List<String> values,
    int points,
    boolean active) {

  public ScoringRuleRow {
    values = List.copyOf(values);
  }

  public String valueList() {
    return String.join(", ", values);
  }
}
