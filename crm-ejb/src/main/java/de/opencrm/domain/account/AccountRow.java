package de.opencrm.domain.account;

import java.util.List;

/** An account as the account list shows it. */
public record AccountRow(
    Long id,
    String name,
    LegalForm legalForm,
    String postalCode,
    String city,
    String erpDebtorNumber,
    String ownerName,
    List<String> tags) {

  /** Name and legal form as written on a letter ("Müller Logistik GmbH"). */
  public String fullName() {
    return legalForm == null ? name : name + " " + legalForm.written();
  }
}
