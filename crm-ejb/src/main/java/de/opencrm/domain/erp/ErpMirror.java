package de.opencrm.domain.erp;

import de.opencrm.integration.erp.ErpFileCheck;
import de.opencrm.integration.erp.ErpKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The CRM's read-only copy of the ERP's debtors, invoices and open items, and the companies the
 * reconciliation compares them with: read and written a chunk at a time, in the caller's
 * transaction, with set-based statements (a million debtors a night).
 */
public interface ErpMirror {

  /**
   * A mirrored debtor as far as the reconciliation needs it: fingerprint and the company that
   * carries its number (none: unknown or only proposed).
   */
  record DebtorRow(String debtorNumber, String hash, Long accountId) {}

  /** What the account page shows of a company's debtor (kept with the page's form). */
  record ErpAccountData(
      String debtorNumber,
      String paymentTerms,
      java.math.BigDecimal creditLimit,
      boolean blocked,
      java.math.BigDecimal revenueYearToDate,
      java.math.BigDecimal revenuePreviousYear,
      java.math.BigDecimal openItems,
      Instant changedAt,
      Instant figuresAt,
      /** When the run that last delivered the debtor ended (null while it runs). */
      Instant syncedAt)
      implements java.io.Serializable {}

  Map<String, DebtorRow> debtors(Collection<String> debtorNumbers);

  Map<String, CrmCompany> companiesByDebtorNumber(Collection<String> debtorNumbers);

  Map<String, List<CrmCompany>> companiesByVatId(Collection<String> vatIds);

  void insertDebtors(long run, List<ErpDebtor> debtors, Instant at);

  void updateDebtors(long run, List<ErpDebtor> debtors, Instant at);

  /** Notes that the run delivered these debtors unchanged. */
  void seen(long run, Collection<String> debtorNumbers);

  Set<String> knownDebtors(Collection<String> debtorNumbers);

  /** A mirrored invoice or open item as far as the reconciliation needs it. */
  record StoredLine(String hash, String debtorNumber) {}

  /** The mirrored invoices of these numbers, by number. */
  Map<String, StoredLine> invoices(Collection<String> invoiceNumbers);

  void insertInvoices(List<ErpInvoice> invoices);

  void updateInvoices(List<ErpInvoice> invoices);

  /** The mirrored open items of these document numbers, by number. */
  Map<String, StoredLine> openItems(Collection<String> documentNumbers);

  void insertOpenItems(long run, List<ErpOpenItem> items);

  void updateOpenItems(long run, List<ErpOpenItem> items);

  void openItemsSeen(long run, Collection<String> documentNumbers);

  /** Drops the open items the run's snapshot no longer holds (paid); returns how many. */
  int dropOpenItemsNotSeen(long run);

  /** Marks the debtors whose revenue or open items must be summed again. */
  void figuresStale(Collection<String> debtorNumbers);

  /**
   * Collects the debtors whose revenue (this year to the day, the previous year) and open items are
   * summed again: those new to the mirror, marked stale or last summed in another year (a new year
   * sums all). Refreshes the statistics the summing is planned by. The caller's transaction must
   * commit before the ranges are summed, each on a connection of its own.
   *
   * @param parts how many ranges of debtor numbers, of about the same size, the due debtors are
   *     split into (fewer when they are few)
   */
  FiguresDue figuresDue(LocalDate today, int parts);

  /**
   * The debtors due for summing: all of the mirror, or those collected; as ranges of their numbers,
   * in order, together covering all of them.
   */
  record FiguresDue(LocalDate today, boolean all, long count, List<NumberRange> ranges) {}

  /** Debtor numbers from (inclusive; null: from the first) to (exclusive; null: to the last). */
  record NumberRange(String from, String to) {}

  /** Sums revenue and open items of the due debtors of one range; returns how many. */
  int sumFigures(FiguresDue due, NumberRange range, Instant at);

  /** Forgets the collected due debtors, once all ranges are summed. */
  void figuresSummed();

  /** Companies with a debtor number the run's debtor files did not deliver, at most limit. */
  List<CrmCompany> companiesNotDelivered(long run, int limit);

  ErpAccountData accountData(long accountId);

  /**
   * The CRM's customers the ERP does not know yet: companies with a won opportunity, no debtor
   * number and no debtor of the ERP linked, in id order, one at a time.
   */
  void newCustomers(Consumer<CrmCompany> each);

  Set<Long> refusedOrdinals(long fileId);

  /** Keeps how many of a file's records a partition of its step has read (with the chunk). */
  void progress(long fileId, int part, long records);

  /** How many records of the run's files of a kind the partitions have read so far. */
  long progress(long run, ErpKind kind);

  /** Records a refused record once (a restarted chunk may refuse it again); whether it was new. */
  boolean refuse(
      long fileId, long ordinal, long line, String key, ErpFileCheck.Code reason, String detail);

  /** Counts a record refused when applied with its file's refused records. */
  void refusedWhenApplied(long fileId);

  /** A page of the refused records of a run's files, in file and line order. */
  List<Refused> refused(long run, int first, int size);

  record Refused(String file, long line, String key, ErpFileCheck.Code reason, String detail) {}
}
