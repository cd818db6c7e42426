package de.opencrm.domain.erp;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The CRM's read-only copy of the ERP's invoices and open items, read and written a chunk at a time
 * in the caller's transaction.
 */
public interface LedgerMirror {

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
}
