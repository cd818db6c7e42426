package de.opencrm.application.opportunity;

import de.opencrm.domain.opportunity.ForecastCategory;
import de.opencrm.domain.opportunity.Stage;
import de.opencrm.domain.opportunity.StageOutcome;

/** A stage as pages offer it. */
public record StageOption(
    long id,
    String nameDe,
    String nameEn,
    int probability,
    ForecastCategory forecastCategory,
    StageOutcome outcome) {

  static StageOption of(Stage stage) {
    return new StageOption(
        stage.getId(),
        stage.getNameDe(),
        stage.getNameEn(),
        stage.getProbability(),
        stage.getForecastCategory(),
        stage.getOutcome());
  }
}
