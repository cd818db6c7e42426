package de.opencrm.infrastructure.persistence.erp;

import de.opencrm.domain.erp.ErpFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The debtors' summed figures, in plain JDBC: collected, then summed in ranges side by side. */
@ApplicationScoped
public class JdbcErpFigures implements ErpFigures {

  @Inject ErpJdbc jdbc;

  @Override
  public FiguresDue figuresDue(LocalDate today, int parts) {
    // a new year sums everything again. The debtors without figures are collected first: one
    // statement that inserted figures while looking for debtors without them could be planned as
    // a nested loop reading the table it was filling once per debtor. When no debtor has figures
    // (the first load, a new year), all are due and need no collecting. The statistics are
    // refreshed here, so that the ranges, summed on other connections once this transaction
    // committed, are planned for what the run has just written.
    jdbc.execute("DELETE FROM crm_erp_figures WHERE figures_year <> ?", today.getYear());
    boolean[] someSummed = new boolean[1];
    jdbc.select("SELECT 1 FROM crm_erp_figures", 1, r -> someSummed[0] = true);
    jdbc.execute("DELETE FROM crm_erp_figures_due");
    if (someSummed[0]) {
      jdbc.refreshStatistics("crm_erp_debtor", "crm_erp_figures");
      jdbc.execute(
          "INSERT INTO crm_erp_figures_due (debtor_number) SELECT s.debtor_number"
              + " FROM crm_erp_debtor s WHERE NOT EXISTS (SELECT 1 FROM crm_erp_figures f"
              + " WHERE f.debtor_number = s.debtor_number)");
    }
    String due = dueTable(!someSummed[0]);
    jdbc.refreshStatistics(due, "crm_erp_invoice", "crm_erp_open_item");
    long[] count = new long[1];
    jdbc.select("SELECT COUNT(*) FROM " + due, 1, r -> count[0] = r.getLong(1));
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
      jdbc.select(
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
    return jdbc.execute(
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
    jdbc.execute("DELETE FROM crm_erp_figures_due");
  }
}
