package de.opencrm.domain.forecast;

import de.opencrm.domain.opportunity.ForecastCategory;
import de.opencrm.domain.opportunity.Probability;
import de.opencrm.domain.opportunity.StageOutcome;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns the database's sums into forecast figures per person: won ones count as closed won; open
 * ones by their forecast category (omitted ones not at all) and, weighted by their probability,
 * into the weighted pipeline; lost ones not at all. Teams and the company add up their people.
 */
public final class ForecastRollup {

  private ForecastRollup() {}

  /** Each owner's figures, with their quota (owners with a quota but nothing open included). */
  public static Map<Long, ForecastFigures> perOwner(
      Collection<ForecastSum> sums, Map<Long, BigDecimal> quotas) {
    Map<Long, ForecastFigures> figures = new HashMap<>();
    for (ForecastSum sum : sums) {
      figures.merge(sum.ownerId(), figuresOf(sum), ForecastFigures::plus);
    }
    quotas.forEach(
        (owner, quota) ->
            figures.merge(
                owner, ForecastFigures.NONE.withQuota(cents(quota)), ForecastFigures::plus));
    return figures;
  }

  /** The figures of a group: the sum of its members'. */
  public static ForecastFigures total(Collection<ForecastFigures> members) {
    return members.stream().reduce(ForecastFigures.NONE, ForecastFigures::plus);
  }

  private static ForecastFigures figuresOf(ForecastSum sum) {
    BigDecimal amount = cents(sum.amount());
    BigDecimal none = ForecastFigures.NONE.closedWon();
    if (sum.outcome() == StageOutcome.WON) {
      return new ForecastFigures(amount, none, none, none, none, none);
    }
    if (sum.outcome() == StageOutcome.LOST || sum.category() == ForecastCategory.OMITTED) {
      return ForecastFigures.NONE;
    }
    BigDecimal weighted =
        sum.amountTimesPercent() == null ? none : Probability.weigh(sum.amountTimesPercent(), 1);
    return switch (sum.category()) {
      case COMMIT, CLOSED -> new ForecastFigures(none, amount, none, none, weighted, none);
      case BEST_CASE -> new ForecastFigures(none, none, amount, none, weighted, none);
      default -> new ForecastFigures(none, none, none, amount, weighted, none);
    };
  }

  private static BigDecimal cents(BigDecimal amount) {
    return amount == null
        ? ForecastFigures.NONE.closedWon()
        : amount.setScale(2, java.math.RoundingMode.HALF_UP);
  }
}
