package de.opencrm.domain.account;

import de.opencrm.domain.customfield.CustomValue;
import java.util.List;
import java.util.Map;

/** An account as the account list shows it. */
public record AccountRow(
    Long id,
    String name,
    LegalForm legalForm,
    String postalCode,
    String city,
    String erpDebtorNumber,
    String ownerName,
    List<String> tags,
    Map<Long, CustomValue> custom) {

  public static final Map<Long, CustomValue> NONE = Map.of();

  /** Name and legal form as written on a letter ("Müller Logistik GmbH"). */
  public String fullName() {
    return legalForm == null ? name : name + " " + legalForm.written();
  }
}
