package de.opencrm.infrastructure.persistence;

import de.opencrm.domain.common.Texts;
import de.opencrm.domain.erp.CrmCompany;
import de.opencrm.domain.erp.ErpDebtor;
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
        "SELECT d.debtor_number, d.record_hash, a.id FROM crm_erp_debtor d"
            + " LEFT JOIN crm_account a ON a.erp_debtor_number = d.debtor_number"
            + " AND a.merged_into_id IS NULL WHERE d.debtor_number",
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

  /** A debtor's columns, the key last (an update sets the others where the key matches). */
  private static final Shape DEBTOR =
      new Shape(
          "crm_erp_debtor",
          "debtor_number",
          text("name"),
          text("legal_form"),
          text("vat_id"),
          text("street"),
          text("postal_code"),
          text("city"),
          text("country"),
          text("payment_terms"),
          new Column("credit_limit", Types.NUMERIC),
          new Column("blocked", Types.BOOLEAN),
          text("record_hash"),
          new Column("seen_run", Types.BIGINT),
          new Column("changed_at", Types.TIMESTAMP_WITH_TIMEZONE));

  private static Object[] debtor(ErpDebtor d, long run, Instant at) {
    return new Object[] {
      d.name(),
      d.legalForm(),
      d.vatId(),
      d.street(),
      d.postalCode(),
      d.city(),
      d.country(),
      d.paymentTerms(),
      d.creditLimit(),
      d.blocked(),
      d.hash(),
      run,
      at,
      d.debtorNumber()
    };
  }

  @Override
  public void insertDebtors(long run, List<ErpDebtor> debtors, Instant at) {
    insert(DEBTOR, debtors.stream().map(d -> debtor(d, run, at)).toList());
  }

  @Override
  public void updateDebtors(long run, List<ErpDebtor> debtors, Instant at) {
    update(DEBTOR, debtors.stream().map(d -> debtor(d, run, at)).toList());
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

  private static final Shape INVOICE =
      new Shape(
          "crm_erp_invoice",
          "invoice_number",
          text("debtor_number"),
          new Column("invoice_date", Types.DATE),
          new Column("net", Types.NUMERIC),
          new Column("gross", Types.NUMERIC),
          text("currency"),
          new Column("net_eur", Types.NUMERIC),
          text("status"),
          text("record_hash"));

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
    insert(INVOICE, invoices.stream().map(JdbcErpMirror::invoice).toList());
  }

  @Override
  public void updateInvoices(List<ErpInvoice> invoices) {
    update(INVOICE, invoices.stream().map(JdbcErpMirror::invoice).toList());
  }

  @Override
  public Map<String, StoredLine> openItems(Collection<String> documentNumbers) {
    return lines(
        "SELECT document_number, record_hash, debtor_number FROM crm_erp_open_item"
            + " WHERE document_number",
        documentNumbers);
  }

  private static final Shape OPEN_ITEM =
      new Shape(
          "crm_erp_open_item",
          "document_number",
          text("debtor_number"),
          new Column("due_date", Types.DATE),
          new Column("open_amount", Types.NUMERIC),
          text("record_hash"),
          new Column("seen_run", Types.BIGINT));

  private static Object[] openItem(ErpOpenItem i, long run) {
    return new Object[] {
      i.debtorNumber(), i.dueDate(), i.openAmount(), i.hash(), run, i.documentNumber()
    };
  }

  @Override
  public void insertOpenItems(long run, List<ErpOpenItem> items) {
    insert(OPEN_ITEM, items.stream().map(i -> openItem(i, run)).toList());
  }

  @Override
  public void updateOpenItems(long run, List<ErpOpenItem> items) {
    update(OPEN_ITEM, items.stream().map(i -> openItem(i, run)).toList());
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
  public FiguresDue figuresDue(LocalDate today, int parts) {
    // a new year sums everything again. The debtors without figures are collected first: one
    // statement that inserted figures while looking for debtors without them read the table it was
    // filling once per debtor when planned as a nested loop, minutes instead of seconds.
    // When no debtor has figures (the first load, a new year), all are due and need no collecting.
    // The statistics are refreshed here, so that the ranges, summed on other connections once this
    // transaction committed, are planned for what the run has just written.
    execute("DELETE FROM crm_erp_figures WHERE figures_year <> ?", today.getYear());
    boolean[] someSummed = new boolean[1];
    select("SELECT 1 FROM crm_erp_figures", 1, r -> someSummed[0] = true);
    execute("DELETE FROM crm_erp_figures_due");
    if (someSummed[0]) {
      refreshStatistics("crm_erp_debtor", "crm_erp_figures");
      execute(
          "INSERT INTO crm_erp_figures_due (debtor_number) SELECT s.debtor_number"
              + " FROM crm_erp_debtor s WHERE NOT EXISTS (SELECT 1 FROM crm_erp_figures f"
              + " WHERE f.debtor_number = s.debtor_number)");
    }
    String due = dueTable(!someSummed[0]);
    refreshStatistics(due, "crm_erp_invoice", "crm_erp_open_item");
    long[] count = new long[1];
    select("SELECT COUNT(*) FROM " + due, 1, r -> count[0] = r.getLong(1));
    return new FiguresDue(today, !someSummed[0], count[0], ranges(due, count[0], parts));
  }

  /**
   * Splits the due debtors into ranges of their numbers at the numbers found at even offsets in the
   * database's order (its collation decides, never Java's).
   */
  private List<NumberRange> ranges(String due, long count, int parts) {
    int split = count < parts ? 1 : parts;
    List<NumberRange> ranges = new ArrayList<>();
    String from = null;
    for (int part = 1; part < split; part++) {
      String[] at = new String[1];
      select(
          "SELECT debtor_number FROM "
              + due
              + " ORDER BY debtor_number OFFSET ? ROWS FETCH NEXT 1 ROWS ONLY",
          1,
          r -> at[0] = r.getString(1),
          count * part / split);
      ranges.add(new NumberRange(from, at[0]));
      from = at[0];
    }
    ranges.add(new NumberRange(from, null));
    return ranges;
  }

  private static String dueTable(boolean all) {
    return all ? "crm_erp_debtor" : "crm_erp_figures_due";
  }

  @Override
  public int sumFigures(FiguresDue due, NumberRange range, Instant at) {
    // one pass over the range's invoices and open items (a merge or hash join, not three look-ups
    // per debtor), inserted in key order: appending to the key's index costs a third less than
    // inserting in the join's order
    LocalDate yearStart = due.today().withDayOfYear(1);
    List<Object> parameters = new ArrayList<>();
    parameters.add(due.today().getYear());
    parameters.add(Timestamp.from(at));
    parameters.add(Date.valueOf(yearStart));
    parameters.add(Date.valueOf(yearStart));
    parameters.add(Date.valueOf(yearStart.minusYears(1)));
    parameters.add(Date.valueOf(due.today()));
    String invoices = within("i", range, parameters);
    String openItems = within("p", range, parameters);
    String debtors = within("s", range, parameters);
    return execute(
        "INSERT INTO crm_erp_figures (debtor_number, revenue_ytd, revenue_prev_year,"
            + " open_items, figures_year, figures_at) SELECT s.debtor_number,"
            + " COALESCE(r.ytd, 0), COALESCE(r.prev, 0), COALESCE(o.open_sum, 0), ?, ?"
            + " FROM "
            + dueTable(due.all())
            + " s LEFT JOIN (SELECT i.debtor_number,"
            + " SUM(CASE WHEN i.invoice_date >= ? THEN i.net_eur ELSE 0 END) AS ytd,"
            + " SUM(CASE WHEN i.invoice_date < ? THEN i.net_eur ELSE 0 END) AS prev"
            + " FROM crm_erp_invoice i WHERE i.status <> 'CANCELLED' AND i.invoice_date >= ?"
            + " AND i.invoice_date <= ?"
            + invoices
            + " GROUP BY i.debtor_number) r ON r.debtor_number = s.debtor_number"
            + " LEFT JOIN (SELECT p.debtor_number, SUM(p.open_amount) AS open_sum"
            + " FROM crm_erp_open_item p WHERE 1 = 1"
            + openItems
            + " GROUP BY p.debtor_number) o ON o.debtor_number = s.debtor_number WHERE 1 = 1"
            + debtors
            + " ORDER BY s.debtor_number",
        parameters.toArray());
  }

  /** The condition (each part led by AND) that keeps a table's debtor numbers within the range. */
  private static String within(String alias, NumberRange range, List<Object> parameters) {
    StringBuilder condition = new StringBuilder();
    if (range.from() != null) {
      condition.append(" AND ").append(alias).append(".debtor_number >= ?");
      parameters.add(range.from());
    }
    if (range.to() != null) {
      condition.append(" AND ").append(alias).append(".debtor_number < ?");
      parameters.add(range.to());
    }
    return condition.toString();
  }

  @Override
  public void figuresSummed() {
    execute("DELETE FROM crm_erp_figures_due");
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
            + " FROM crm_account a JOIN crm_erp_debtor d ON d.debtor_number = a.erp_debtor_number"
            + " LEFT JOIN crm_erp_figures s ON s.debtor_number = d.debtor_number"
            + " WHERE a.id = ? AND a.merged_into_id IS NULL",
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
      // streamed a page at a time where the driver can (PostgreSQL inside a transaction); never
      // more than the rows asked for, which H2 refuses
      s.setFetchSize(limit > 0 ? Math.min(limit, IN_LIST) : IN_LIST);
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

  /** A column the reconciliation writes, with its SQL type (for a null). */
  private record Column(String name, int type) {}

  private static Column text(String name) {
    return new Column(name, Types.VARCHAR);
  }

  /**
   * A mirror table as the reconciliation writes it: its key (text) and the other columns, in the
   * order the rows' values come (the other columns, then the key).
   */
  private record Shape(String table, String key, Column... others) {
    List<String> columns() {
      List<String> columns = new ArrayList<>();
      for (Column column : others) {
        columns.add(column.name());
      }
      columns.add(key);
      return columns;
    }

    int type(int index) {
      return index < others.length ? others[index].type() : Types.VARCHAR;
    }

    String insert() {
      return "INSERT INTO "
          + table
          + " ("
          + String.join(", ", columns())
          + ") VALUES"
          + placeholders(others.length + 1);
    }

    String update() {
      List<String> set = columns().subList(0, others.length);
      return "UPDATE "
          + table
          + " SET "
          + String.join(" = ?, ", set)
          + " = ? WHERE "
          + key
          + " = ?";
    }
  }

  /** Inserts the rows: copied on PostgreSQL ({@link PostgresqlOnly#copyIn}), else batched. */
  private void insert(Shape shape, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    try (Connection db = dataSource.getConnection()) {
      if (!PostgresqlOnly.copyIn(db, shape.table(), shape.columns(), rows)) {
        batch(db, shape, shape.insert(), rows);
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private void update(Shape shape, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    try (Connection db = dataSource.getConnection()) {
      batch(db, shape, shape.update(), rows);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private static void batch(Connection db, Shape shape, String sql, List<Object[]> rows)
      throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      for (Object[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          bindValue(s, i + 1, row[i], shape.type(i));
        }
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** Binds a value by its Java type; a null as the column's type. */
  private static void bindValue(PreparedStatement s, int index, Object value, int type)
      throws SQLException {
    if (value == null) {
      s.setNull(index, type);
    } else if (value instanceof Instant instant) {
      s.setTimestamp(index, Timestamp.from(instant));
    } else if (value instanceof LocalDate date) {
      s.setDate(index, Date.valueOf(date));
    } else {
      s.setObject(index, value);
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
