package de.opencrm.infrastructure.persistence.erp;

import de.opencrm.domain.erp.ErpInvoice;
import de.opencrm.domain.erp.ErpOpenItem;
import de.opencrm.domain.erp.LedgerMirror;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The mirrored invoices and open items, in plain JDBC. */
@ApplicationScoped
public class JdbcLedgerMirror implements LedgerMirror {

  @Inject ErpJdbc jdbc;

  @Override
  public Map<String, StoredLine> invoices(Collection<String> invoiceNumbers) {
    return lines(
        "SELECT invoice_number, record_hash, debtor_number FROM crm_erp_invoice"
            + " WHERE invoice_number",
        invoiceNumbers);
  }

  private static final ErpJdbc.Shape INVOICE =
      new ErpJdbc.Shape(
          "crm_erp_invoice",
          "invoice_number",
          ErpJdbc.text("debtor_number"),
          new ErpJdbc.Column("invoice_date", Types.DATE),
          new ErpJdbc.Column("net", Types.NUMERIC),
          new ErpJdbc.Column("gross", Types.NUMERIC),
          ErpJdbc.text("currency"),
          new ErpJdbc.Column("net_eur", Types.NUMERIC),
          ErpJdbc.text("status"),
          ErpJdbc.text("record_hash"));

  private static Object[] invoice(ErpInvoice i) {
    return new Object[] {
      i.debtorNumber(),
      i.invoiceDate(),
      i.net(),
      i.gross(),
      i.currency(),
      i.netEur(),
      i.status().name(),
      i.hash(),
      i.invoiceNumber()
    };
  }

  @Override
  public void insertInvoices(List<ErpInvoice> invoices) {
    jdbc.insert(INVOICE, invoices.stream().map(JdbcLedgerMirror::invoice).toList());
  }

  @Override
  public void updateInvoices(List<ErpInvoice> invoices) {
    jdbc.update(INVOICE, invoices.stream().map(JdbcLedgerMirror::invoice).toList());
  }

  @Override
  public Map<String, StoredLine> openItems(Collection<String> documentNumbers) {
    return lines(
        "SELECT document_number, record_hash, debtor_number FROM crm_erp_open_item"
            + " WHERE document_number",
        documentNumbers);
  }

  private static final ErpJdbc.Shape OPEN_ITEM =
      new ErpJdbc.Shape(
          "crm_erp_open_item",
          "document_number",
          ErpJdbc.text("debtor_number"),
          new ErpJdbc.Column("due_date", Types.DATE),
          new ErpJdbc.Column("open_amount", Types.NUMERIC),
          ErpJdbc.text("record_hash"),
          new ErpJdbc.Column("seen_run", Types.BIGINT));

  private static Object[] openItem(ErpOpenItem i, long run) {
    return new Object[] {
      i.debtorNumber(), i.dueDate(), i.openAmount(), i.hash(), run, i.documentNumber()
    };
  }

  @Override
  public void insertOpenItems(long run, List<ErpOpenItem> items) {
    jdbc.insert(OPEN_ITEM, items.stream().map(i -> openItem(i, run)).toList());
  }

  @Override
  public void updateOpenItems(long run, List<ErpOpenItem> items) {
    jdbc.update(OPEN_ITEM, items.stream().map(i -> openItem(i, run)).toList());
  }

  @Override
  public void openItemsSeen(long run, Collection<String> documentNumbers) {
    jdbc.overKeys(
        "UPDATE crm_erp_open_item SET seen_run = ? WHERE seen_run <> ? AND document_number",
        List.of(run, run),
        documentNumbers,
        null);
  }

  @Override
  public int dropOpenItemsNotSeen(long run) {
    jdbc.execute(
        "DELETE FROM crm_erp_figures WHERE debtor_number IN"
            + " (SELECT o.debtor_number FROM crm_erp_open_item o WHERE o.seen_run <> ?)",
        run);
    return jdbc.execute("DELETE FROM crm_erp_open_item WHERE seen_run <> ?", run);
  }

  @Override
  public void figuresStale(Collection<String> debtorNumbers) {
    // a debtor without figures is summed again when the run ends
    jdbc.overKeys(
        "DELETE FROM crm_erp_figures WHERE debtor_number", List.of(), debtorNumbers, null);
  }

  private Map<String, StoredLine> lines(String select, Collection<String> keys) {
    Map<String, StoredLine> lines = new HashMap<>();
    jdbc.inChunks(
        keys,
        select,
        r -> lines.put(r.getString(1), new StoredLine(r.getString(2), r.getString(3))));
    return lines;
  }
}
