package de.opencrm.domain.quote;

import de.opencrm.domain.common.BusinessException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Quantity, unit price and discount of a line, checked, and the net amount they make: quantity ×
 * unit price less the discount, rounded to the cent (half up) once, on the line.
 */
public record LineAmount(BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000");

  public LineAmount {
    if (quantity == null
        || quantity.signum() <= 0
        || quantity.stripTrailingZeros().scale() > 3
        || quantity.compareTo(MAX_QUANTITY) >= 0) {
      throw BusinessException.onField("quantity", "lineItem.quantityInvalid");
    }
    BigDecimal discount = discountPercent == null ? BigDecimal.ZERO : discountPercent;
    if (discount.signum() < 0
        || discount.compareTo(HUNDRED) > 0
        || discount.stripTrailingZeros().scale() > 2) {
      throw BusinessException.onField("discount", "lineItem.discountInvalid");
    }
    quantity = quantity.setScale(3, RoundingMode.UNNECESSARY);
    discountPercent = discount.setScale(2, RoundingMode.UNNECESSARY);
  }

  public BigDecimal net() {
    return quantity
        .multiply(unitPrice)
        .multiply(HUNDRED.subtract(discountPercent))
        .divide(HUNDRED, 2, RoundingMode.HALF_UP);
  }
}
