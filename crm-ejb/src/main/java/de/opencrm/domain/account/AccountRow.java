package de.opencrm.domain.account;

/** An account as the account list shows it. */
public record AccountRow(
    Long id,
    String name,
    LegalForm legalForm,
    String postalCode,
    String city,
    String erpDebtorNumber,
    String ownerName) {

  /** Name and legal form as written on a letter ("Müller Logistik GmbH"). */
  public String fullName() {
    return legalForm == null ? name : name + " " + legalForm.written();
  }
}
