package de.opencrm.domain.erp;

import de.opencrm.integration.erp.ErpRecord;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What a debtor still owes on one document, in euros; a paid item is no longer delivered. */
public record ErpOpenItem(
    String documentNumber, String debtorNumber, LocalDate dueDate, BigDecimal openAmount) {

  public static ErpOpenItem of(ErpRecord record) {
    ErpFields fields = new ErpFields(record);
    return new ErpOpenItem(
        fields.number("documentNumber"),
        fields.number("debtorNumber"),
        fields.date("dueDate"),
        fields.requiredAmount("openAmount"));
  }

  public String hash() {
    return RecordHash.of(documentNumber, debtorNumber, dueDate, openAmount);
  }
}
