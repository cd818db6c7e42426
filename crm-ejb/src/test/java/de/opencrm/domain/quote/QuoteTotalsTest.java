package de.opencrm.domain.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.product.VatRate;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteTotalsTest {

  private record Line(BigDecimal netAmount, VatRate vatRate) implements Priced {}

  private static Line line(String quantity, String unitPrice, String discount, VatRate rate) {
    return new Line(
        new LineAmount(
                new BigDecimal(quantity), new BigDecimal(unitPrice), new BigDecimal(discount))
            .net(),
        rate);
  }

  @Test
  void aDiscountIsTakenOffTheLineAndTheLineIsRoundedToTheCentOnce() {
    assertThat(new LineAmount(new BigDecimal("3"), new BigDecimal("19.99"), BigDecimal.ZERO).net())
        .isEqualByComparingTo("59.97");
    // 2.5 × 33.33 = 83.325, less 15 % = 70.82625 -> 70.83
    assertThat(
            new LineAmount(new BigDecimal("2.5"), new BigDecimal("33.33"), new BigDecimal("15"))
                .net())
        .isEqualByComparingTo("70.83");
    assertThat(
            new LineAmount(BigDecimal.ONE, new BigDecimal("999.99"), new BigDecimal("100")).net())
        .isEqualByComparingTo("0.00");
  }

  @Test
  void vatIsReckonedPerRateOnTheNetSumOfItsLines() {
    QuoteTotals totals =
        QuoteTotals.of(
            List.of(
                line("1", "0.07", "0", VatRate.STANDARD),
                line("1", "0.07", "0", VatRate.STANDARD),
                line("1", "0.07", "0", VatRate.STANDARD),
                line("10", "12.50", "10", VatRate.REDUCED),
                line("1", "500", "0", VatRate.ZERO)));

    assertThat(totals.net()).isEqualByComparingTo("612.71");
    // 0.21 at 19 % = 0.0399 -> 0.04; line by line it would be 3 × 0.0133 -> 3 × 0.01 = 0.03
    assertThat(totals.vat())
        .containsExactly(
            new QuoteTotals.VatShare(
                VatRate.STANDARD, new BigDecimal("0.21"), new BigDecimal("0.04")),
            new QuoteTotals.VatShare(
                VatRate.REDUCED, new BigDecimal("112.50"), new BigDecimal("7.88")),
            new QuoteTotals.VatShare(
                VatRate.ZERO, new BigDecimal("500.00"), new BigDecimal("0.00")));
    assertThat(totals.vatTotal()).isEqualByComparingTo("7.92");
    assertThat(totals.gross()).isEqualByComparingTo("620.63");
  }

  @Test
  void noLinesMakeNothing() {
    QuoteTotals totals = QuoteTotals.of(List.of());
    assertThat(totals.net()).isEqualByComparingTo("0");
    assertThat(totals.vat()).isEmpty();
    assertThat(totals.gross()).isEqualByComparingTo("0");
  }

  @Test
  void quantitiesAndDiscountsOutsideWhatMakesSenseAreRefusedOnTheirField() {
    assertThatThrownBy(() -> new LineAmount(BigDecimal.ZERO, BigDecimal.TEN, null))
        .isInstanceOf(BusinessException.class)
        .extracting("field")
        .isEqualTo("quantity");
    assertThatThrownBy(() -> new LineAmount(new BigDecimal("1.0001"), BigDecimal.TEN, null))
        .extracting("field")
        .isEqualTo("quantity");
    assertThatThrownBy(
            () -> new LineAmount(BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("100.5")))
        .extracting("field")
        .isEqualTo("discount");
    assertThatThrownBy(() -> new LineAmount(BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("-1")))
        .extracting("field")
        .isEqualTo("discount");
  }
}
