package de.opencrm.domain.erp;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The CRM's read-only copy of the ERP's debtors, and the companies the reconciliation compares them
 * with: read and written a chunk at a time, in the caller's transaction, with set-based statements
 * (a million debtors a night).
 */
public interface DebtorMirror {

  /**
   * A mirrored debtor as far as the reconciliation needs it: fingerprint and the company that
   * carries its number (none: unknown or only proposed).
   */
  record DebtorRow(String debtorNumber, String hash, Long accountId) {}

  Map<String, DebtorRow> debtors(Collection<String> debtorNumbers);

  Map<String, CrmCompany> companiesByDebtorNumber(Collection<String> debtorNumbers);

  Map<String, List<CrmCompany>> companiesByVatId(Collection<String> vatIds);

  void insertDebtors(long run, List<ErpDebtor> debtors, Instant at);

  void updateDebtors(long run, List<ErpDebtor> debtors, Instant at);

  /** Notes that the run delivered these debtors unchanged. */
  void seen(long run, Collection<String> debtorNumbers);

  /** Which of these debtor numbers the ERP has delivered at some time. */
  Set<String> knownDebtors(Collection<String> debtorNumbers);

  /** Companies with a debtor number the run's debtor files did not deliver, at most limit. */
  List<CrmCompany> companiesNotDelivered(long run, int limit);

  /**
   * The CRM's customers the ERP does not know yet: companies with a won opportunity, no debtor
   * number and no debtor of the ERP linked, in id order, one at a time.
   */
  void newCustomers(Consumer<CrmCompany> each);

  /** The debtor of a company with its figures; null when the company carries no ERP number. */
  ErpAccountData accountData(long accountId);
}
