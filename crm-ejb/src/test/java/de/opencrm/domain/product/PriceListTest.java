package de.opencrm.domain.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.domain.common.BusinessException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PriceListTest {

  private static final Product SUPPORT =
      new Product("SUP-1", "Support", "Stunde", new BigDecimal("120.00"), VatRate.STANDARD);

  @Test
  void aListInEurosSellsWhatItDoesNotNameAtTheCataloguePrice() {
    PriceList partner = new PriceList("Partner", "eur");

    assertThat(partner.getCurrency()).isEqualTo("EUR");
    assertThat(partner.unitPrice(SUPPORT, new BigDecimal("99.00"))).isEqualByComparingTo("99");
    assertThat(partner.unitPrice(SUPPORT, null)).isEqualByComparingTo("120");
  }

  @Test
  void aListInAnotherCurrencySellsOnlyWhatItNames() {
    PriceList swiss = new PriceList("Schweiz", "CHF");

    assertThat(swiss.unitPrice(SUPPORT, new BigDecimal("115.00"))).isEqualByComparingTo("115");
    assertThatThrownBy(() -> swiss.unitPrice(SUPPORT, null))
        .isInstanceOf(BusinessException.class)
        .hasFieldOrPropertyWithValue("messageKey", "priceList.noPrice");
  }

  @Test
  void aListIsValidWithinItsDaysAndWhileActive() {
    PriceList list = new PriceList("2026", "EUR");
    list.describe("2026", "EUR", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    assertThat(list.validOn(LocalDate.of(2026, 12, 31))).isTrue();
    assertThat(list.validOn(LocalDate.of(2027, 1, 1))).isFalse();
    list.activate(false);
    assertThat(list.validOn(LocalDate.of(2026, 6, 1))).isFalse();
    assertThatThrownBy(
            () -> list.describe("2026", "EUR", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
        .hasFieldOrPropertyWithValue("field", "validTo");
  }

  @Test
  void productsKeepTheirArticleNumberPlainAndTheirPriceInCents() {
    assertThatThrownBy(() -> new Product("A B", "x", "Stück", BigDecimal.ONE, VatRate.ZERO))
        .hasFieldOrPropertyWithValue("field", "sku");
    assertThatThrownBy(
            () -> new Product("A-1", "x", "Stück", new BigDecimal("1.001"), VatRate.ZERO))
        .hasFieldOrPropertyWithValue("field", "netPrice");
    assertThatThrownBy(() -> new Product("A-1", "x", "Stück", new BigDecimal("-1"), VatRate.ZERO))
        .hasFieldOrPropertyWithValue("field", "netPrice");
    assertThat(
            new Product("A-1", "x", "Stück", new BigDecimal("2.5"), VatRate.REDUCED).getNetPrice())
        .isEqualByComparingTo("2.50");
  }
}
