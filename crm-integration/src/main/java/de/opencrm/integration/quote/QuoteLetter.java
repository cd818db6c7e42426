package de.opencrm.integration.quote;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a quote letter prints, already chosen and worded: who sends it, to whom (the address
 * lines as they go into the window), its number and days, the lines and totals.
 */
public record QuoteLetter(
    Sender sender,
    List<String> recipient,
    String salutation,
    String number,
    int revision,
    LocalDate issuedOn,
    LocalDate validUntil,
    String subject,
    String remark,
    Representative representative,
    String currency,
    List<Line> lines,
    Totals totals) {

  public QuoteLetter {
    recipient = List.copyOf(recipient);
    lines = List.copyOf(lines);
  }

  /** The company sending the quote, as its letterhead and footer name it. */
  public record Sender(
      String name,
      String street,
      String postalCode,
      String city,
      String phone,
      String email,
      String vatId,
      String register,
      String managingDirectors,
      String bank) {

    /** The return address above the window: "Firma · Straße · PLZ Ort". */
    public String returnAddress() {
      return name + " · " + street + " · " + postalCode + " " + city;
    }
  }

  /** The salesperson the customer talks to. */
  public record Representative(String name, String email, String phone) {}

  /** A line as printed; the VAT rate in percent. */
  public record Line(
      int position,
      String sku,
      String name,
      BigDecimal quantity,
      String unit,
      BigDecimal unitPrice,
      BigDecimal discountPercent,
      int vatPercent,
      BigDecimal net) {}

  /** The net sum, the VAT of each rate on its base, the gross sum. */
  public record Totals(BigDecimal net, List<Vat> vat, BigDecimal gross) {
    public Totals {
      vat = List.copyOf(vat);
    }
  }

  public record Vat(int percent, BigDecimal base, BigDecimal tax) {}
}
