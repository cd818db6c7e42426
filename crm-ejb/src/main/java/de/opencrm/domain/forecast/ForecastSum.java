package de.opencrm.domain.forecast;

import de.opencrm.domain.opportunity.ForecastCategory;
import de.opencrm.domain.opportunity.StageOutcome;
import java.math.BigDecimal;

/**
 * One sum the database made: the euros of one owner's opportunities with the same outcome and
 * forecast category in the period, and the same amounts times their probability (percent).
 */
public record ForecastSum(
    long ownerId,
    StageOutcome outcome,
    ForecastCategory category,
    BigDecimal amount,
    BigDecimal amountTimesPercent) {}
