package de.opencrm.domain.erp;

import de.opencrm.domain.account.VatId;
import de.opencrm.domain.duplicate.CompanyFacts;
import de.opencrm.integration.erp.ErpRecord;
import java.math.BigDecimal;

/**
 * A customer as the ERP keeps it (Debitor). The ERP owns its billing address, payment terms, credit
 * limit and whether it is blocked; name, legal form and VAT ID are compared with the CRM's.
 */
public record ErpDebtor(
    String debtorNumber,
    String name,
    String legalForm,
    String vatId,
    String street,
    String postalCode,
    String city,
    String country,
    String paymentTerms,
    BigDecimal creditLimit,
    boolean blocked,
    /** The CRM's reference, when the debtor was created from the CRM's new customers. */
    Long crmId) {

  /** The debtor in a delivered record, or why the CRM does not take it. */
  public static ErpDebtor of(ErpRecord record) {
    ErpFields fields = new ErpFields(record);
    String vat = fields.text("vatId", 20);
    if (vat != null && VatId.parse(vat).isEmpty()) {
      throw ErpFields.invalid("vatId", vat, "not a valid VAT ID");
    }
    BigDecimal creditLimit = fields.amount("creditLimit");
    if (creditLimit != null && creditLimit.signum() < 0) {
      throw ErpFields.invalid("creditLimit", creditLimit.toPlainString(), "negative");
    }
    return new ErpDebtor(
        fields.number("debtorNumber"),
        fields.required("name", 200),
        fields.text("legalForm", 20),
        vat == null ? null : VatId.parse(vat).orElseThrow().value(),
        fields.text("street", 200),
        fields.text("postalCode", 20),
        fields.text("city", 100),
        fields.country("country"),
        fields.text("paymentTerms", 100),
        creditLimit,
        fields.flag("blocked"),
        crmId(fields.text("crmId", 19)));
  }

  private static Long crmId(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Long.valueOf(text);
    } catch (NumberFormatException e) {
      throw ErpFields.invalid("crmId", text, "not a number");
    }
  }

  /** Whether the ERP delivers any part of an address. */
  public boolean hasAddress() {
    return street != null || postalCode != null || city != null;
  }

  /** The debtor as the duplicate matcher compares companies (without its number: it is new). */
  public CompanyFacts facts() {
    return new CompanyFacts(null, name, vatId, null, street, postalCode, city, null);
  }

  public String hash() {
    return RecordHash.of(
        debtorNumber,
        name,
        legalForm,
        vatId,
        street,
        postalCode,
        city,
        country,
        paymentTerms,
        creditLimit,
        blocked,
        crmId);
  }
}
