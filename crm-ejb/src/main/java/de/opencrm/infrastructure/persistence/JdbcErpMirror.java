package de.opencrm.infrastructure.persistence;

import de.opencrm.domain.common.Texts;
import de.opencrm.domain.erp.CrmCompany;
import de.opencrm.domain.erp.ErpInvoice;
import de.opencrm.domain.erp.ErpMirror;
import de.opencrm.domain.erp.ErpOpenItem;
import de.opencrm.integration.erp.ErpFileCheck;
import de.opencrm.integration.erp.ErpKind;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The ERP mirror in plain JDBC on the CRM's datasource, inside the caller's transaction: look-ups
 * by key lists (at most {@link #IN_LIST} keys a statement, Oracle's limit) and batched inserts and
 * updates. Portable SQL.
 */
@ApplicationScoped
public class JdbcErpMirror implements ErpMirror {

  static final int IN_LIST = 1000;

  private static final String COMPANY_COLUMNS =
      "a.id, a.name, a.vat_id, a.erp_debtor_number, a.billing_street, a.billing_postal_code,"
          + " a.billing_city, a.billing_country";

  @Resource(lookup = "java:jboss/datasources/CrmDS")
  DataSource dataSource;

  @Override
  public Map<String, DebtorRow> debtors(Collection<String> debtorNumbers) {
    Map<String, DebtorRow> rows = new HashMap<>();
    inChunks(
        debtorNumbers,
        "SELECT debtor_number, record_hash, account_id FROM crm_erp_debtor WHERE debtor_number",
        r -> {
          long account = r.getLong(3);
          Long accountId = r.wasNull() ? null : account;
          rows.put(r.getString(1), new DebtorRow(r.getString(1), r.getString(2), accountId));
        });
    return rows;
  }

  @Override
  public Map<String, CrmCompany> companiesByDebtorNumber(Collection<String> debtorNumbers) {
    Map<String, CrmCompany> companies = new HashMap<>();
    inChunks(
        debtorNumbers,
        "SELECT "
            + COMPANY_COLUMNS
            + " FROM crm_account a WHERE a.merged_into_id IS NULL AND a.erp_debtor_number",
        r -> {
          CrmCompany company = company(r);
          companies.put(company.debtorNumber(), company);
        });
    return companies;
  }

  @Override
  public Map<String, List<CrmCompany>> companiesByVatId(Collection<String> vatIds) {
    Map<String, List<CrmCompany>> companies = new HashMap<>();
    inChunks(
        vatIds,
        "SELECT "
            + COMPANY_COLUMNS
            + " FROM crm_account a WHERE a.merged_into_id IS NULL AND a.vat_id",
        r -> {
          CrmCompany company = company(r);
          companies.computeIfAbsent(company.vatId(), v -> new ArrayList<>()).add(company);
        });
    return companies;
  }

  private static CrmCompany company(ResultSet r) throws SQLException {
    return new CrmCompany(
        r.getLong(1),
        r.getString(2),
        r.getString(3),
        r.getString(4),
        r.getString(5),
        r.getString(6),
        r.getString(7),
        r.getString(8));
  }

  @Override
  public void insertDebtors(long run, List<Placed> debtors, Instant at) {
    batch(
        "INSERT INTO crm_erp_debtor (name, legal_form, vat_id, street, postal_code, city, country,"
            + " payment_terms, credit_limit, blocked, record_hash, account_id, seen_run, changed_at,"
            + " debtor_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        debtors,
        (s, p) -> bindDebtor(s, p, run, at));
  }

  @Override
  public void updateDebtors(long run, List<Placed> debtors, Instant at) {
    batch(
        "UPDATE crm_erp_debtor SET name = ?, legal_form = ?, vat_id = ?, street = ?, postal_code = ?,"
            + " city = ?, country = ?, payment_terms = ?, credit_limit = ?, blocked = ?,"
            + " record_hash = ?, account_id = ?, seen_run = ?, changed_at = ? WHERE debtor_number = ?",
        debtors,
        (s, p) -> bindDebtor(s, p, run, at));
  }

  private static void bindDebtor(PreparedStatement s, Placed placed, long run, Instant at)
      throws SQLException {
    var d = placed.debtor();
    s.setString(1, d.name());
    s.setString(2, d.legalForm());
    s.setString(3, d.vatId());
    s.setString(4, d.street());
    s.setString(5, d.postalCode());
    s.setString(6, d.city());
    s.setString(7, d.country());
    s.setString(8, d.paymentTerms());
    s.setBigDecimal(9, d.creditLimit());
    s.setBoolean(10, d.blocked());
    s.setString(11, d.hash());
    if (placed.accountId() == null) {
      s.setNull(12, Types.BIGINT);
    } else {
      s.setLong(12, placed.accountId());
    }
    s.setLong(13, run);
    s.setTimestamp(14, Timestamp.from(at));
    s.setString(15, d.debtorNumber());
  }

  @Override
  public void seen(long run, Collection<String> debtorNumbers) {
    overKeys(
        "UPDATE crm_erp_debtor SET seen_run = ? WHERE seen_run <> ? AND debtor_number",
        List.of(run, run),
        debtorNumbers,
        null);
  }

  @Override
  public Set<String> knownDebtors(Collection<String> debtorNumbers) {
    Set<String> known = new HashSet<>();
    inChunks(
        debtorNumbers,
        "SELECT debtor_number FROM crm_erp_debtor WHERE debtor_number",
        r -> known.add(r.getString(1)));
    return known;
  }

  @Override
  public Map<String, StoredLine> invoices(Collection<String> invoiceNumbers) {
    return lines(
        "SELECT invoice_number, record_hash, debtor_number FROM crm_erp_invoice"
            + " WHERE invoice_number",
        invoiceNumbers);
  }

  @Override
  public void insertInvoices(List<ErpInvoice> invoices) {
    batch(
        "INSERT INTO crm_erp_invoice (debtor_number, invoice_date, net, gross, currency, net_eur,"
            + " status, record_hash, invoice_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        invoices,
        JdbcErpMirror::bindInvoice);
  }

  @Override
  public void updateInvoices(List<ErpInvoice> invoices) {
    batch(
        "UPDATE crm_erp_invoice SET debtor_number = ?, invoice_date = ?, net = ?, gross = ?,"
            + " currency = ?, net_eur = ?, status = ?, record_hash = ? WHERE invoice_number = ?",
        invoices,
        JdbcErpMirror::bindInvoice);
  }

  private static void bindInvoice(PreparedStatement s, ErpInvoice i) throws SQLException {
    s.setString(1, i.debtorNumber());
    s.setDate(2, Date.valueOf(i.invoiceDate()));
    s.setBigDecimal(3, i.net());
    s.setBigDecimal(4, i.gross());
    s.setString(5, i.currency());
    s.setBigDecimal(6, i.netEur());
    s.setString(7, i.status().name());
    s.setString(8, i.hash());
    s.setString(9, i.invoiceNumber());
  }

  @Override
  public Map<String, StoredLine> openItems(Collection<String> documentNumbers) {
    return lines(
        "SELECT document_number, record_hash, debtor_number FROM crm_erp_open_item"
            + " WHERE document_number",
        documentNumbers);
  }

  @Override
  public void insertOpenItems(long run, List<ErpOpenItem> items) {
    batch(
        "INSERT INTO crm_erp_open_item (debtor_number, due_date, open_amount, record_hash, seen_run,"
            + " document_number) VALUES (?, ?, ?, ?, ?, ?)",
        items,
        (s, i) -> bindOpenItem(s, i, run));
  }

  @Override
  public void updateOpenItems(long run, List<ErpOpenItem> items) {
    batch(
        "UPDATE crm_erp_open_item SET debtor_number = ?, due_date = ?, open_amount = ?,"
            + " record_hash = ?, seen_run = ? WHERE document_number = ?",
        items,
        (s, i) -> bindOpenItem(s, i, run));
  }

  private static void bindOpenItem(PreparedStatement s, ErpOpenItem i, long run)
      throws SQLException {
    s.setString(1, i.debtorNumber());
    s.setDate(2, Date.valueOf(i.dueDate()));
    s.setBigDecimal(3, i.openAmount());
    s.setString(4, i.hash());
    s.setLong(5, run);
    s.setString(6, i.documentNumber());
  }

  @Override
  public void openItemsSeen(long run, Collection<String> documentNumbers) {
    overKeys(
        "UPDATE crm_erp_open_item SET seen_run = ? WHERE seen_run <> ? AND document_number",
        List.of(run, run),
        documentNumbers,
        null);
  }

  @Override
  public int dropOpenItemsNotSeen(long run) {
    execute(
        "DELETE FROM crm_erp_figures WHERE debtor_number IN"
            + " (SELECT o.debtor_number FROM crm_erp_open_item o WHERE o.seen_run <> ?)",
        run);
    return execute("DELETE FROM crm_erp_open_item WHERE seen_run <> ?", run);
  }

  @Override
  public void figuresStale(Collection<String> debtorNumbers) {
    // a debtor without figures is summed again when the run ends
    overKeys("DELETE FROM crm_erp_figures WHERE debtor_number", List.of(), debtorNumbers, null);
  }

  @Override
  public int refreshFigures(LocalDate today, Instant at) {
    // a new year sums everything again. The debtors without figures are collected first: one
    // statement that inserted figures while looking for debtors without them read the table it was
    // filling once per debtor when planned as a nested loop (seen: minutes instead of seconds).
    // Then they are summed in one pass over the invoices and open items (hash joins), not three
    // look-ups per debtor. Both planned for what the run has just written.
    execute("DELETE FROM crm_erp_figures WHERE figures_year <> ?", today.getYear());
    execute("DELETE FROM crm_erp_figures_due");
    refreshStatistics("crm_erp_debtor", "crm_erp_figures");
    execute(
        "INSERT INTO crm_erp_figures_due (debtor_number) SELECT s.debtor_number"
            + " FROM crm_erp_debtor s WHERE NOT EXISTS (SELECT 1 FROM crm_erp_figures f"
            + " WHERE f.debtor_number = s.debtor_number)");
    refreshStatistics("crm_erp_figures_due", "crm_erp_invoice", "crm_erp_open_item");
    LocalDate yearStart = today.withDayOfYear(1);
    int summed =
        execute(
            "INSERT INTO crm_erp_figures (debtor_number, revenue_ytd, revenue_prev_year,"
                + " open_items, figures_year, figures_at) SELECT s.debtor_number,"
                + " COALESCE(r.ytd, 0), COALESCE(r.prev, 0), COALESCE(o.open_sum, 0), ?, ?"
                + " FROM crm_erp_figures_due s"
                + " LEFT JOIN (SELECT i.debtor_number,"
                + " SUM(CASE WHEN i.invoice_date >= ? THEN i.net_eur ELSE 0 END) AS ytd,"
                + " SUM(CASE WHEN i.invoice_date < ? THEN i.net_eur ELSE 0 END) AS prev"
                + " FROM crm_erp_invoice i WHERE i.status <> 'CANCELLED' AND i.invoice_date >= ?"
                + " AND i.invoice_date <= ? GROUP BY i.debtor_number) r"
                + " ON r.debtor_number = s.debtor_number"
                + " LEFT JOIN (SELECT p.debtor_number, SUM(p.open_amount) AS open_sum"
                + " FROM crm_erp_open_item p GROUP BY p.debtor_number) o"
                + " ON o.debtor_number = s.debtor_number",
            today.getYear(),
            Timestamp.from(at),
            Date.valueOf(yearStart),
            Date.valueOf(yearStart),
            Date.valueOf(yearStart.minusYears(1)),
            Date.valueOf(today));
    execute("DELETE FROM crm_erp_figures_due");
    return summed;
  }

  private void refreshStatistics(String... tables) {
    try (Connection db = dataSource.getConnection()) {
      PostgresqlOnly.refreshStatistics(db, tables);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public List<CrmCompany> companiesNotDelivered(long run, int limit) {
    List<CrmCompany> companies = new ArrayList<>();
    select(
        "SELECT "
            + COMPANY_COLUMNS
            + " FROM crm_account a WHERE a.erp_debtor_number IS NOT NULL"
            + " AND a.merged_into_id IS NULL AND NOT EXISTS (SELECT 1 FROM crm_erp_debtor d"
            + " WHERE d.debtor_number = a.erp_debtor_number AND d.seen_run = ?) ORDER BY a.id",
        limit,
        r -> companies.add(company(r)),
        run);
    return companies;
  }

  @Override
  public void newCustomers(Consumer<CrmCompany> each) {
    select(
        "SELECT "
            + COMPANY_COLUMNS
            + " FROM crm_account a WHERE a.erp_debtor_number IS NULL AND a.merged_into_id IS NULL"
            + " AND EXISTS (SELECT 1 FROM crm_opportunity o JOIN crm_stage s ON s.id = o.stage_id"
            + " WHERE o.account_id = a.id AND s.outcome = 'WON')"
            + " AND NOT EXISTS (SELECT 1 FROM crm_erp_debtor d WHERE d.account_id = a.id)"
            + " ORDER BY a.id",
        0,
        r -> each.accept(company(r)));
  }

  @Override
  public ErpAccountData accountData(long accountId) {
    List<ErpAccountData> found = new ArrayList<>();
    select(
        "SELECT d.debtor_number, d.payment_terms, d.credit_limit, d.blocked, s.revenue_ytd,"
            + " s.revenue_prev_year, s.open_items, d.changed_at, s.figures_at,"
            + " (SELECT MAX(f.applied_at) FROM crm_erp_file f WHERE f.run_id = d.seen_run)"
            + " FROM crm_erp_debtor d LEFT JOIN crm_erp_figures s ON s.debtor_number = d.debtor_number"
            + " WHERE d.account_id = ? ORDER BY d.debtor_number",
        1,
        r ->
            found.add(
                new ErpAccountData(
                    r.getString(1),
                    r.getString(2),
                    r.getBigDecimal(3),
                    r.getBoolean(4),
                    r.getBigDecimal(5),
                    r.getBigDecimal(6),
                    r.getBigDecimal(7),
                    instant(r.getTimestamp(8)),
                    instant(r.getTimestamp(9)),
                    instant(r.getTimestamp(10)))),
        accountId);
    return found.isEmpty() ? null : found.get(0);
  }

  @Override
  public void progress(long fileId, int part, long records) {
    if (execute(
            "UPDATE crm_erp_progress SET records = ? WHERE file_id = ? AND part = ?",
            records,
            fileId,
            part)
        == 0) {
      execute(
          "INSERT INTO crm_erp_progress (file_id, part, records) VALUES (?, ?, ?)",
          fileId,
          part,
          records);
    }
  }

  @Override
  public long progress(long run, ErpKind kind) {
    long[] records = new long[1];
    select(
        "SELECT COALESCE(SUM(p.records), 0) FROM crm_erp_progress p"
            + " JOIN crm_erp_file f ON f.id = p.file_id WHERE f.run_id = ? AND f.kind = ?",
        1,
        r -> records[0] = r.getLong(1),
        run,
        kind.name());
    return records[0];
  }

  @Override
  public Set<Long> refusedOrdinals(long fileId) {
    Set<Long> ordinals = new HashSet<>();
    select(
        "SELECT ordinal FROM crm_erp_refused WHERE file_id = ?",
        0,
        r -> ordinals.add(r.getLong(1)),
        fileId);
    return ordinals;
  }

  @Override
  public boolean refuse(
      long fileId, long ordinal, long line, String key, ErpFileCheck.Code reason, String detail) {
    List<Boolean> known = new ArrayList<>();
    select(
        "SELECT 1 FROM crm_erp_refused WHERE file_id = ? AND ordinal = ?",
        1,
        r -> known.add(true),
        fileId,
        ordinal);
    if (!known.isEmpty()) {
      return false;
    }
    execute(
        "INSERT INTO crm_erp_refused (file_id, ordinal, line, record_key, reason, detail)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        fileId,
        ordinal,
        line,
        Texts.cut(key, 40),
        reason.name(),
        Texts.cut(detail, 1000));
    return true;
  }

  @Override
  public void refusedWhenApplied(long fileId) {
    // counted in the database, not on a loaded file: partitions refuse records of one file at once
    execute("UPDATE crm_erp_file SET refused = refused + 1 WHERE id = ?", fileId);
  }

  @Override
  public List<Refused> refused(long run, int first, int size) {
    List<Refused> refused = new ArrayList<>();
    select(
        "SELECT f.name, r.line, r.record_key, r.reason, r.detail FROM crm_erp_refused r"
            + " JOIN crm_erp_file f ON f.id = r.file_id WHERE f.run_id = ?"
            + " ORDER BY f.id, r.ordinal OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
        size,
        r ->
            refused.add(
                new Refused(
                    r.getString(1),
                    r.getLong(2),
                    r.getString(3),
                    ErpFileCheck.Code.valueOf(r.getString(4)),
                    r.getString(5))),
        run,
        first,
        size);
    return refused;
  }

  /** Runs a query with its parameters, handing each row over (at most limit; 0: all). */
  private void select(String sql, int limit, Row row, Object... parameters) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement s = db.prepareStatement(sql)) {
      bind(s, parameters);
      s.setMaxRows(limit);
      // streamed a page at a time where the driver can (PostgreSQL inside a transaction)
      s.setFetchSize(IN_LIST);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          row.read(r);
        }
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** Runs an insert, update or delete with its parameters; returns the rows it touched. */
  private int execute(String sql, Object... parameters) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement s = db.prepareStatement(sql)) {
      bind(s, parameters);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private static void bind(PreparedStatement s, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i] == null) {
        s.setNull(i + 1, Types.VARCHAR);
      } else {
        s.setObject(i + 1, parameters[i]);
      }
    }
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private Map<String, StoredLine> lines(String select, Collection<String> keys) {
    Map<String, StoredLine> lines = new HashMap<>();
    inChunks(
        keys,
        select,
        r -> lines.put(r.getString(1), new StoredLine(r.getString(2), r.getString(3))));
    return lines;
  }

  private interface Row {
    void read(ResultSet row) throws SQLException;
  }

  private interface Binder<T> {
    void bind(PreparedStatement statement, T item) throws SQLException;
  }

  /** Runs a query ending in a key column over the keys (see {@link #overKeys}). */
  private void inChunks(Collection<String> keys, String selectEndingInColumn, Row row) {
    overKeys(selectEndingInColumn, List.of(), keys, row);
  }

  /**
   * Runs a statement ending in a key column for the keys, a thousand at a time, with leading
   * parameters before them, planned as a look-up by key: on PostgreSQL the thousand keys as one
   * array ({@link PostgresqlOnly#keyArray}), elsewhere in an IN list. A query hands its rows to
   * row; an insert, update or delete has none.
   */
  private void overKeys(
      String endingInColumn, List<Long> leading, Collection<String> keys, Row row) {
    if (keys.isEmpty()) {
      return;
    }
    // in key order: two partitions deleting or updating rows of the same keys lock them in the
    // same order, so neither waits for the other in a circle
    List<String> all = new ArrayList<>(keys);
    Collections.sort(all);
    try (Connection db = dataSource.getConnection()) {
      PostgresqlOnly.planForKeyLookUps(db);
      for (int from = 0; from < all.size(); from += IN_LIST) {
        List<String> part = all.subList(from, Math.min(all.size(), from + IN_LIST));
        java.sql.Array array = PostgresqlOnly.keyArray(db, part);
        if (array != null) {
          run(db, endingInColumn + PostgresqlOnly.IN_KEY_ARRAY, leading, List.of(array), row);
          array.free();
        } else {
          run(db, endingInColumn + " IN" + placeholders(part.size()), leading, part, row);
        }
      }
      PostgresqlOnly.planAsUsual(db);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private static void run(Connection db, String sql, List<Long> leading, List<?> keys, Row row)
      throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      int index = 1;
      for (Long value : leading) {
        s.setLong(index++, value);
      }
      for (Object key : keys) {
        s.setObject(index++, key);
      }
      if (row == null) {
        s.executeUpdate();
        return;
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          row.read(r);
        }
      }
    }
  }

  private <T> void batch(String sql, List<T> items, Binder<T> binder) {
    if (items.isEmpty()) {
      return;
    }
    try (Connection db = dataSource.getConnection();
        PreparedStatement s = db.prepareStatement(sql)) {
      for (T item : items) {
        binder.bind(s, item);
        s.addBatch();
      }
      s.executeBatch();
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private static String placeholders(int count) {
    return " (" + String.join(", ", Collections.nCopies(count, "?")) + ")";
  }

  private static IllegalStateException failed(SQLException e) {
    SQLException next = e.getNextException();
    return new IllegalStateException(
        "the ERP mirror could not be read or written: "
            + e.getMessage()
            + (next == null ? "" : " / " + next.getMessage()),
        e);
  }
}
