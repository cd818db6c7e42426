package de.opencrm.domain.erp;

import de.opencrm.domain.duplicate.MatchReason;
import java.util.List;

/** Which company a debtor belongs to, and how that was found. */
public record DebtorMatch(Kind kind, CrmCompany company, int score, List<MatchReason> reasons) {

  public enum Kind {
    /** The company carries the debtor number. */
    DEBTOR_NUMBER,
    /** A customer the CRM sent as new, back with its debtor number: the company gets it. */
    CRM_ID,
    /** The only company with the debtor's VAT ID and no debtor number yet: it gets the number. */
    VAT_ID,
    /** A person confirmed the proposal on the review page: the company gets the number. */
    CONFIRMED,
    /** Looks like a company (duplicate matcher): proposed for review, nothing applied. */
    PROPOSED,
    /** No company fits: the debtor is unknown to the CRM. */
    NONE
  }

  public DebtorMatch {
    reasons = List.copyOf(reasons);
  }

  static DebtorMatch of(Kind kind, CrmCompany company) {
    return new DebtorMatch(kind, company, 100, List.of());
  }

  public static DebtorMatch none() {
    return new DebtorMatch(Kind.NONE, null, 0, List.of());
  }

  /** Whether the debtor's data is applied to the company. */
  public boolean linked() {
    return kind == Kind.DEBTOR_NUMBER
        || kind == Kind.CRM_ID
        || kind == Kind.VAT_ID
        || kind == Kind.CONFIRMED;
  }

  /** Whether the company is to take the debtor number now. */
  public boolean links() {
    return kind == Kind.CRM_ID || kind == Kind.VAT_ID || kind == Kind.CONFIRMED;
  }
}
