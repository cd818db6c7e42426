package de.opencrm.domain.erp;

import de.opencrm.integration.erp.ErpRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * An invoice or credit note of a debtor (negative amounts). Revenue counts the net in euros: the
 * net itself for an invoice in euros, the ERP's booked {@code netEur} for one in another currency.
 * Cancelled invoices count nothing.
 */
public record ErpInvoice(
    String invoiceNumber,
    String debtorNumber,
    LocalDate invoiceDate,
    BigDecimal net,
    BigDecimal gross,
    String currency,
    BigDecimal netEur,
    Status status) {

  public enum Status {
    OPEN,
    PAID,
    CANCELLED
  }

  public static ErpInvoice of(ErpRecord record) {
    ErpFields fields = new ErpFields(record);
    String currency = fields.currency("currency");
    BigDecimal net = fields.requiredAmount("net");
    BigDecimal gross = fields.requiredAmount("gross");
    if (net.signum() * gross.signum() < 0 || net.abs().compareTo(gross.abs()) > 0) {
      throw ErpFields.invalid(
          "gross", gross.toPlainString(), "smaller than the net " + net.toPlainString());
    }
    BigDecimal netEur = fields.amount("netEur");
    if ("EUR".equals(currency)) {
      if (netEur != null && netEur.compareTo(net) != 0) {
        throw ErpFields.invalid("netEur", netEur.toPlainString(), "differs from the net in EUR");
      }
      netEur = net;
    } else if (netEur == null) {
      throw ErpFields.invalid("netEur", "", "required for an invoice in " + currency);
    }
    String status = fields.required("status", 10).toUpperCase(Locale.ROOT);
    Status parsed;
    try {
      parsed = Status.valueOf(status);
    } catch (IllegalArgumentException e) {
      throw ErpFields.invalid("status", status, "OPEN, PAID or CANCELLED");
    }
    return new ErpInvoice(
        fields.number("invoiceNumber"),
        fields.number("debtorNumber"),
        fields.date("invoiceDate"),
        net,
        gross,
        currency,
        netEur,
        parsed);
  }

  public String hash() {
    return RecordHash.of(
        invoiceNumber, debtorNumber, invoiceDate, net, gross, currency, netEur, status);
  }
}
