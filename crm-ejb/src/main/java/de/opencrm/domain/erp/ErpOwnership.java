package de.opencrm.domain.erp;

import de.opencrm.domain.duplicate.Normalize;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Who owns which field of a company. The ERP owns the billing address (and payment terms, credit
 * limit and blocked, which the CRM keeps read-only beside the company): a value it delivers
 * replaces the CRM's. The CRM owns name, VAT ID, contacts, notes and owner: where the ERP says
 * otherwise, that is a conflict for review, unless a person decided to take the ERP's value.
 */
public final class ErpOwnership {

  private ErpOwnership() {}

  /** What the reconciliation does to a company: its new billing address and the conflicts. */
  public record Plan(
      String street,
      String postalCode,
      String city,
      String country,
      boolean addressChanges,
      List<Conflict> conflicts) {}

  /** A CRM-owned field the ERP sees differently. */
  public record Conflict(String field, String erpValue, String crmValue) {}

  public static Plan plan(ErpDebtor debtor, CrmCompany company) {
    String street = erpOr(debtor.street(), company.street());
    String postalCode = erpOr(debtor.postalCode(), company.postalCode());
    String city = erpOr(debtor.city(), company.city());
    String country = erpOr(debtor.country(), company.country());
    boolean changes =
        !Objects.equals(street, company.street())
            || !Objects.equals(postalCode, company.postalCode())
            || !Objects.equals(city, company.city())
            || !Objects.equals(country, company.country());
    List<Conflict> conflicts = new ArrayList<>();
    if (!debtor.name().equals(company.name())
        && !Normalize.companyName(debtor.name()).equals(Normalize.companyName(company.name()))) {
      conflicts.add(new Conflict("name", debtor.name(), company.name()));
    }
    if (debtor.vatId() != null
        && company.vatId() != null
        && !debtor.vatId().equals(company.vatId())) {
      conflicts.add(new Conflict("vatId", debtor.vatId(), company.vatId()));
    }
    return new Plan(street, postalCode, city, country, changes, conflicts);
  }

  private static String erpOr(String erp, String crm) {
    return erp != null ? erp : crm;
  }
}
