package de.opencrm.domain.erp;

import de.opencrm.domain.duplicate.CompanyFacts;

/** A company of the CRM as the reconciliation compares it with a debtor. */
public record CrmCompany(
    long id,
    String name,
    String vatId,
    String debtorNumber,
    String street,
    String postalCode,
    String city,
    String country) {

  public CompanyFacts facts() {
    return new CompanyFacts(id, name, vatId, debtorNumber, street, postalCode, city, null);
  }
}
