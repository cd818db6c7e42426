package de.opencrm.application.product;

import java.math.BigDecimal;

/** A product's price on a list, beside its catalogue price. */
public record ListPriceRow(
    long id,
    long version,
    long productId,
    String sku,
    String productName,
    BigDecimal catalogueNet,
    BigDecimal listNet) {}
