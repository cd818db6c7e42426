package de.opencrm.domain.opportunity;

/** How an opportunity counts in the forecast, from the stage unless its owner says otherwise. */
public enum ForecastCategory {
  PIPELINE,
  BEST_CASE,
  COMMIT,
  CLOSED,
  OMITTED
}
