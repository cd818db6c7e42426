package de.opencrm.domain.quote;

import de.opencrm.domain.product.VatRate;
import java.math.BigDecimal;

/** Something sold on a quote: its net amount after discount, and the VAT rate it is taxed at. */
public interface Priced {

  BigDecimal netAmount();

  VatRate vatRate();
}
