package de.opencrm.infrastructure.persistence.erp;

import de.opencrm.domain.erp.CrmCompany;
import de.opencrm.domain.erp.DebtorMirror;
import de.opencrm.domain.erp.ErpAccountData;
import de.opencrm.domain.erp.ErpDebtor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** The mirrored debtors and the companies they are compared with, in plain JDBC. */
@ApplicationScoped
public class JdbcDebtorMirror implements DebtorMirror {

  private static final String COMPANY_COLUMNS =
      "a.id, a.name, a.vat_id, a.erp_debtor_number, a.billing_street, a.billing_postal_code,"
          + " a.billing_city, a.billing_country";

  @Inject ErpJdbc jdbc;

  @Override
  public Map<String, DebtorRow> debtors(Collection<String> debtorNumbers) {
    Map<String, DebtorRow> rows = new HashMap<>();
    jdbc.inChunks(
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
    jdbc.inChunks(
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
    jdbc.inChunks(
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
  private static final ErpJdbc.Shape DEBTOR =
      new ErpJdbc.Shape(
          "crm_erp_debtor",
          "debtor_number",
          ErpJdbc.text("name"),
          ErpJdbc.text("legal_form"),
          ErpJdbc.text("vat_id"),
          ErpJdbc.text("street"),
          ErpJdbc.text("postal_code"),
          ErpJdbc.text("city"),
          ErpJdbc.text("country"),
          ErpJdbc.text("payment_terms"),
          new ErpJdbc.Column("credit_limit", Types.NUMERIC),
          new ErpJdbc.Column("blocked", Types.BOOLEAN),
          ErpJdbc.text("record_hash"),
          new ErpJdbc.Column("seen_run", Types.BIGINT),
          new ErpJdbc.Column("changed_at", Types.TIMESTAMP_WITH_TIMEZONE));

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
    jdbc.insert(DEBTOR, debtors.stream().map(d -> debtor(d, run, at)).toList());
  }

  @Override
  public void updateDebtors(long run, List<ErpDebtor> debtors, Instant at) {
    jdbc.update(DEBTOR, debtors.stream().map(d -> debtor(d, run, at)).toList());
  }

  @Override
  public void seen(long run, Collection<String> debtorNumbers) {
    jdbc.overKeys(
        "UPDATE crm_erp_debtor SET seen_run = ? WHERE seen_run <> ? AND debtor_number",
        List.of(run, run),
        debtorNumbers,
        null);
  }

  @Override
  public Set<String> knownDebtors(Collection<String> debtorNumbers) {
    Set<String> known = new HashSet<>();
    jdbc.inChunks(
        debtorNumbers,
        "SELECT debtor_number FROM crm_erp_debtor WHERE debtor_number",
        r -> known.add(r.getString(1)));
    return known;
  }

  @Override
  public List<CrmCompany> companiesNotDelivered(long run, int limit) {
    List<CrmCompany> companies = new ArrayList<>();
    jdbc.select(
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
    jdbc.select(
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
    jdbc.select(
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
                    ErpJdbc.instant(r.getTimestamp(8)),
                    ErpJdbc.instant(r.getTimestamp(9)),
                    ErpJdbc.instant(r.getTimestamp(10)))),
        accountId);
    return found.isEmpty() ? null : found.get(0);
  }
}
