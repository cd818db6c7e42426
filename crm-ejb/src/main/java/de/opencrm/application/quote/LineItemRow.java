package de.opencrm.application.quote;

import de.opencrm.domain.product.VatRate;
import de.opencrm.domain.quote.LineItem;
import java.math.BigDecimal;

/** A line of an opportunity as its page shows and edits it. */
public record LineItemRow(
    long id,
    long version,
    int position,
    String sku,
    String name,
    String unit,
    BigDecimal quantity,
    BigDecimal unitPrice,
    BigDecimal discountPercent,
    VatRate vatRate,
    BigDecimal netAmount) {

  static LineItemRow of(LineItem i) {
    return new LineItemRow(
        i.getId(),
        i.getVersion(),
        i.getPosition(),
        i.getProduct().getSku(),
        i.getName(),
        i.getUnit(),
        i.getQuantity(),
        i.getUnitPrice(),
        i.getDiscountPercent(),
        i.vatRate(),
        i.netAmount());
  }
}
