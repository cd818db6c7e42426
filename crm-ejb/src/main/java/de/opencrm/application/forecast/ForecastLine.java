package de.opencrm.application.forecast;

import de.opencrm.domain.forecast.ForecastFigures;

/** One row of the forecast: a person (with their team) or a team, and its figures. */
public record ForecastLine(long id, String name, String team, ForecastFigures figures) {}
