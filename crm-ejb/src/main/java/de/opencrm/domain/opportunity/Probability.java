package de.opencrm.domain.opportunity;

import de.opencrm.domain.common.BusinessException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Probabilities in percent (0 to 100) and the amounts they weigh. */
public final class Probability {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Probability() {}

  /** The percentage, refused outside 0 to 100. */
  public static int checked(int percent) {
    if (percent < 0 || percent > 100) {
      throw BusinessException.onField("probability", "opportunity.probabilityRange");
    }
    return percent;
  }

  /** The amount weighted by the probability, in cents rounded half up. */
  public static BigDecimal weigh(BigDecimal amount, int percent) {
    return amount.multiply(BigDecimal.valueOf(percent)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
  }
}
