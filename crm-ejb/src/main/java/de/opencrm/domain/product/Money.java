package de.opencrm.domain.product;

import de.opencrm.domain.common.BusinessException;
import java.math.BigDecimal;

/** The checks every net price passes: given, not negative, cents at most, below a trillion. */
public final class Money {

  private Money() {}

  /** The price with two decimals, or a message on the field when it is none. */
  public static BigDecimal price(BigDecimal given, String field) {
    if (given == null) {
      throw BusinessException.onField(field, "product.priceRequired");
    }
    if (given.signum() < 0 || given.stripTrailingZeros().scale() > 2 || exceeds(given)) {
      throw BusinessException.onField(field, "product.priceInvalid");
    }
    return given.setScale(2);
  }

  private static boolean exceeds(BigDecimal given) {
    return given.compareTo(new BigDecimal("1000000000000")) >= 0;
  }
}
