package de.opencrm.application.forecast;

import de.opencrm.domain.forecast.ForecastFigures;
import de.opencrm.domain.forecast.ForecastPeriod;
import java.util.List;

/** The forecast of a period: per person and per team the caller sees, and all of it together. */
public record Forecast(
    ForecastPeriod period,
    List<ForecastLine> people,
    List<ForecastLine> teams,
    ForecastFigures total) {}
