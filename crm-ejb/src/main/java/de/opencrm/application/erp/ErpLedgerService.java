package de.opencrm.application.erp;

import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.erp.DebtorMirror;
import de.opencrm.domain.erp.ErpInvoice;
import de.opencrm.domain.erp.ErpLine;
import de.opencrm.domain.erp.ErpOpenItem;
import de.opencrm.domain.erp.ErpRecordInvalid;
import de.opencrm.domain.erp.LedgerMirror;
import de.opencrm.integration.erp.ErpFileCheck;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The invoices and open items steps of a run, a chunk at a time in the chunk's transaction: each
 * line compared by its fingerprint, written only when new or changed, and the debtors it counts for
 * marked to be summed again when the run ends.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.INTEGRATION})
@Permission(area = Area.ERP, operation = Operation.EDIT)
public class ErpLedgerService {

  @Inject LedgerMirror ledger;
  @Inject DebtorMirror debtors;
  @Inject ErpRecordLogService log;

  /** Applies a chunk of invoices; one of a debtor the ERP never delivered is refused. */
  public int applyInvoices(List<ErpLine<ErpInvoice>> lines) {
    Set<String> known =
        debtors.knownDebtors(
            lines.stream().map(l -> l.record().debtorNumber()).collect(Collectors.toSet()));
    List<ErpInvoice> invoices = new ArrayList<>();
    for (ErpLine<ErpInvoice> line : lines) {
      if (known.contains(line.record().debtorNumber())) {
        invoices.add(line.record());
      } else {
        log.refuse(
            line.fileId(),
            line.ordinal(),
            line.line(),
            line.record().invoiceNumber(),
            new ErpRecordInvalid(
                ErpFileCheck.Code.UNKNOWN_REFERENCE,
                "debtorNumber \"" + line.record().debtorNumber() + "\": no such debtor"));
      }
    }
    Map<String, ErpInvoice> byNumber = index(invoices, ErpInvoice::invoiceNumber);
    Map<String, LedgerMirror.StoredLine> stored = ledger.invoices(byNumber.keySet());
    List<ErpInvoice> inserts = new ArrayList<>();
    List<ErpInvoice> updates = new ArrayList<>();
    Set<String> stale = new HashSet<>();
    for (ErpInvoice invoice : byNumber.values()) {
      LedgerMirror.StoredLine before = stored.get(invoice.invoiceNumber());
      if (before == null) {
        inserts.add(invoice);
        stale.add(invoice.debtorNumber());
      } else if (!before.hash().equals(invoice.hash())) {
        updates.add(invoice);
        stale.add(invoice.debtorNumber());
        // moved to another debtor: the one it counted for before is summed again, too
        stale.add(before.debtorNumber());
      }
    }
    ledger.insertInvoices(inserts);
    ledger.updateInvoices(updates);
    ledger.figuresStale(stale);
    return inserts.size() + updates.size();
  }

  /** Applies a chunk of open items (a snapshot: those not delivered again go when the run ends). */
  public int applyOpenItems(long run, List<ErpOpenItem> items) {
    Map<String, ErpOpenItem> byNumber = index(items, ErpOpenItem::documentNumber);
    Map<String, LedgerMirror.StoredLine> stored = ledger.openItems(byNumber.keySet());
    List<ErpOpenItem> inserts = new ArrayList<>();
    List<ErpOpenItem> updates = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    Set<String> stale = new HashSet<>();
    for (ErpOpenItem item : byNumber.values()) {
      LedgerMirror.StoredLine before = stored.get(item.documentNumber());
      if (before == null) {
        inserts.add(item);
        stale.add(item.debtorNumber());
      } else if (!before.hash().equals(item.hash())) {
        updates.add(item);
        stale.add(item.debtorNumber());
        stale.add(before.debtorNumber());
      } else {
        unchanged.add(item.documentNumber());
      }
    }
    ledger.insertOpenItems(run, inserts);
    ledger.updateOpenItems(run, updates);
    ledger.openItemsSeen(run, unchanged);
    ledger.figuresStale(stale);
    return inserts.size() + updates.size();
  }

  /** The last of the chunk's lines of each key (a key twice in a file was refused by its check). */
  private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
    Map<String, T> indexed = new LinkedHashMap<>();
    items.forEach(item -> indexed.put(key.apply(item), item));
    return indexed;
  }
}
