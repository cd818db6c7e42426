package de.opencrm.domain.quote;

import de.opencrm.domain.product.VatRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The totals of a quote: the net sum, the VAT of each rate computed once on the net sum of its
 * lines (as German invoices do, so cents do not drift line by line), and the gross sum.
 */
public record QuoteTotals(BigDecimal net, List<VatShare> vat, BigDecimal gross) {

  /** The lines taxed at one rate: their net sum and the tax on it. */
  public record VatShare(VatRate rate, BigDecimal base, BigDecimal tax) {}

  public static QuoteTotals of(List<? extends Priced> lines) {
    Map<VatRate, BigDecimal> bases = new EnumMap<>(VatRate.class);
    BigDecimal net = BigDecimal.ZERO.setScale(2);
    for (Priced line : lines) {
      bases.merge(line.vatRate(), line.netAmount(), BigDecimal::add);
      net = net.add(line.netAmount());
    }
    List<VatShare> shares = new ArrayList<>();
    BigDecimal gross = net;
    for (Map.Entry<VatRate, BigDecimal> base : bases.entrySet()) {
      BigDecimal tax =
          base.getValue().multiply(base.getKey().fraction()).setScale(2, RoundingMode.HALF_UP);
      shares.add(new VatShare(base.getKey(), base.getValue(), tax));
      gross = gross.add(tax);
    }
    return new QuoteTotals(net, List.copyOf(shares), gross);
  }

  public BigDecimal vatTotal() {
    return vat.stream().map(VatShare::tax).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }
}
