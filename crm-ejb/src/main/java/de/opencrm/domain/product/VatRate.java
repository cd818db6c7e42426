package de.opencrm.domain.product;

import java.math.BigDecimal;

/** The German VAT rates (Umsatzsteuer) a product is sold at. */
public enum VatRate {
  /** 19 %, most goods and services. */
  STANDARD(19),
  /** 7 %, books, food and the like. */
  REDUCED(7),
  /** 0 %, for example exports or tax-free services. */
  ZERO(0);

  private final int percent;

  VatRate(int percent) {
    this.percent = percent;
  }

  public int percent() {
    return percent;
  }

  /** The rate as a fraction, 0.19 for 19 %. */
  public BigDecimal fraction() {
    return BigDecimal.valueOf(percent, 2);
  }
}
