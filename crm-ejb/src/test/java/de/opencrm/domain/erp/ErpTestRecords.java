package de.opencrm.domain.erp;

import de.opencrm.domain.account.VatId;
import de.opencrm.integration.erp.ErpRecord;
import java.util.HashMap;
import java.util.Map;

/** Records as a delivered file holds them, and VAT IDs with a right check digit. */
final class ErpTestRecords {

  private ErpTestRecords() {}

  /** A record from field/value pairs. */
  static ErpRecord record(String... pairs) {
    Map<String, String> fields = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      fields.put(pairs[i], pairs[i + 1]);
    }
    return new ErpRecord(1, 2, fields);
  }

  /** The German VAT ID with these eight digits and the check digit that makes it valid. */
  static String germanVatId(String eightDigits) {
    for (int digit = 0; digit <= 9; digit++) {
      String candidate = "DE" + eightDigits + digit;
      if (VatId.parse(candidate).isPresent()) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("no check digit fits " + eightDigits);
  }

  static ErpDebtor debtor(String number, String name, String vatId, String street, String zip) {
    return new ErpDebtor(
        number,
        name,
        null,
        vatId,
        street,
        zip,
        street == null ? null : "Köln",
        null,
        null,
        null,
        false,
        null);
  }

  static CrmCompany company(
      long id, String name, String vatId, String debtorNumber, String street, String zip) {
    return new CrmCompany(id, name, vatId, debtorNumber, street, zip, "Köln", "DE");
  }
}
