package de.opencrm.domain.product;

import java.math.BigDecimal;

/** A product as the catalogue lists it. */
public record ProductRow(
    long id,
    long version,
    String sku,
    String name,
    String unit,
    BigDecimal netPrice,
    VatRate vatRate,
    boolean active) {

  public static ProductRow of(Product p) {
    return new ProductRow(
        p.getId(),
        p.getVersion(),
        p.getSku(),
        p.getName(),
        p.getUnit(),
        p.getNetPrice(),
        p.getVatRate(),
        p.isActive());
  }
}
