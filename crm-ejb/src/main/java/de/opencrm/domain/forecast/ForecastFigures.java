package de.opencrm.domain.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a person, team or the company has won in a period and what it expects: the open amounts by
 * forecast category (each category on its own, so they can be stacked), the weighted pipeline over
 * all of them, and the quota. Euros throughout.
 */
public record ForecastFigures(
    BigDecimal closedWon,
    BigDecimal commit,
    BigDecimal bestCase,
    BigDecimal pipeline,
    BigDecimal weighted,
    BigDecimal quota) {

  private static final BigDecimal ZERO_CENTS = BigDecimal.ZERO.setScale(2);

  public static final ForecastFigures NONE =
      new ForecastFigures(ZERO_CENTS, ZERO_CENTS, ZERO_CENTS, ZERO_CENTS, ZERO_CENTS, ZERO_CENTS);

  public ForecastFigures plus(ForecastFigures other) {
    return new ForecastFigures(
        closedWon.add(other.closedWon),
        commit.add(other.commit),
        bestCase.add(other.bestCase),
        pipeline.add(other.pipeline),
        weighted.add(other.weighted),
        quota.add(other.quota));
  }

  public ForecastFigures withQuota(BigDecimal amount) {
    return new ForecastFigures(closedWon, commit, bestCase, pipeline, weighted, amount);
  }

  /** Won and committed together: what is as good as certain. */
  public BigDecimal wonAndCommit() {
    return closedWon.add(commit);
  }

  /** Won as a share of the quota in whole percent; null without a quota. */
  public Integer attainment() {
    if (quota.signum() == 0) {
      return null;
    }
    return closedWon
        .multiply(BigDecimal.valueOf(100))
        .divide(quota, 0, RoundingMode.HALF_UP)
        .intValueExact();
  }

  /** What is still missing to the quota after won and committed; zero when reached. */
  public BigDecimal gap() {
    BigDecimal missing = quota.subtract(wonAndCommit());
    return missing.signum() > 0 ? missing : ZERO_CENTS;
  }
}
