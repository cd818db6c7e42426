package de.opencrm.application.erp;

import de.opencrm.application.audit.AuditJournal;
import de.opencrm.application.common.CompanyTime;
import de.opencrm.application.common.ListExport;
import de.opencrm.domain.account.Account;
import de.opencrm.domain.account.AccountRepository;
import de.opencrm.domain.account.VatId;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.erp.DebtorMirror;
import de.opencrm.domain.erp.ErpAccountData;
import de.opencrm.domain.erp.ErpDiscrepancy;
import de.opencrm.domain.erp.ErpDiscrepancyRepository;
import de.opencrm.domain.erp.ErpFile;
import de.opencrm.domain.erp.ErpRecordLog;
import de.opencrm.domain.erp.ErpRunRepository;
import de.opencrm.integration.erp.ErpKind;
import de.opencrm.integration.export.ExportFormat;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** What the reconciliation's runs found: their files, refused records and discrepancies. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.INTEGRATION})
@Permission(area = Area.ERP, operation = Operation.READ)
public class ErpRunService {

  /** Rows a report of a run holds at most. */
  public static final int REPORT_ROWS = 100_000;

  @Inject ErpRunRepository runs;
  @Inject ErpRecordLog log;
  @Inject DebtorMirror debtors;
  @Inject AccountRepository accounts;
  @Resource SessionContext context;
  @Inject CompanyTime time;
  @Inject AuditJournal auditJournal;
  @Inject ErpDiscrepancyRepository discrepancies;

  public List<ErpFile> files(long run) {
    return runs.files(run);
  }

  /** How many records of the run's files of a kind its partitions have read so far. */
  public long recordsRead(long run, ErpKind kind) {
    return log.progress(run, kind);
  }

  public List<ErpRecordLog.Refused> refused(long run) {
    return log.refused(run, 0, REPORT_ROWS);
  }

  /** The reject file of a run: every refused record with its file, line and reason. */
  public int exportRefused(
      long run,
      @NotNull ExportFormat format,
      @NotNull List<String> columns,
      @NotNull OutputStream out)
      throws IOException {
    return export(
        run,
        "ErpRefused",
        new ListSource<>(
            format,
            columns,
            out,
            (first, size) -> log.refused(run, first, size),
            r -> Arrays.asList(r.file(), r.line(), r.key(), r.reason().name(), r.detail())));
  }

  /** The discrepancy report of a run: what it found, new or again, and what was decided. */
  public int exportDiscrepancies(
      long run,
      @NotNull ExportFormat format,
      @NotNull List<String> columns,
      @NotNull OutputStream out)
      throws IOException {
    return export(
        run,
        "ErpDiscrepancy",
        new ListSource<>(
            format,
            columns,
            out,
            (first, size) -> discrepancies.ofRun(run, first, size),
            d ->
                Arrays.asList(
                    d.getKind().name(),
                    d.getDebtorNumber(),
                    d.getAccountId(),
                    d.getField(),
                    d.getErpValue(),
                    d.getCrmValue(),
                    d.getScore(),
                    d.getStatus().name(),
                    d.getDecidedBy(),
                    d.getDecidedAt() == null ? null : time.local(d.getDecidedAt()))));
  }

  /** What a report of a run is written from: its pages of rows and their cells. */
  private record ListSource<T>(
      ExportFormat format,
      List<String> columns,
      OutputStream out,
      BiFunction<Integer, Integer, List<T>> rows,
      Function<T, List<?>> cells) {}

  /** Writes a report of a run a page at a time and records the download in the audit journal. */
  private <T> int export(long run, String recordType, ListSource<T> source) throws IOException {
    int rows =
        ListExport.write(
            source.format(),
            recordType,
            source.columns(),
            source.out(),
            PageRequest.of(0, PageRequest.MAX_SIZE),
            request -> new Page<>(source.rows().apply(request.first(), request.size()), -1),
            source.cells());
    auditJournal.recordExport(recordType, source.format().name(), rows, "run " + run, null);
    return rows;
  }

  /** A page of the discrepancies to review (see {@link ErpDiscrepancyRepository#review}). */
  public Page<ErpDiscrepancy> review(@NotNull PageRequest request) {
    return discrepancies.review(request);
  }

  /** The discrepancies a run found (new or again), in the order found. */
  public List<ErpDiscrepancy> discrepancies(long run) {
    return discrepancies.ofRun(run, 0, REPORT_ROWS);
  }

  /** The discrepancies about one debtor, whatever their state. */
  public List<ErpDiscrepancy> discrepanciesOfDebtor(String debtorNumber) {
    return discrepancies.ofDebtor(debtorNumber);
  }

  /**
   * A person's decision on a discrepancy, in the version they saw: a proposal confirmed (the next
   * run links the company) or rejected, a conflict kept on the CRM's side, a report acknowledged.
   */
  @Permission(area = Area.ERP, operation = Operation.EDIT)
  public void decide(long id, boolean confirm, long versionSeen) {
    found(id).decide(confirm, context.getCallerPrincipal().getName(), time.now(), versionSeen);
  }

  /**
   * Resolves a conflict by giving the company the ERP's value now (its change is audited like any
   * other); refused when the ERP's value is not one the company can take.
   */
  @Permission(area = Area.ERP, operation = Operation.EDIT)
  public void takeErpValue(long id, long versionSeen) {
    ErpDiscrepancy conflict = found(id);
    conflict.takeErpValue(context.getCallerPrincipal().getName(), time.now(), versionSeen);
    Account account =
        conflict.getAccountId() == null
            ? null
            : accounts.findById(conflict.getAccountId()).orElse(null);
    if (account == null || account.isMerged() || conflict.getErpValue() == null) {
      throw new BusinessException("erp.discrepancy.notDecidable");
    }
    switch (conflict.getField()) {
      case "name" -> account.rename(conflict.getErpValue());
      case "vatId" ->
          account.describe(
              account.getLegalForm(),
              VatId.parse(conflict.getErpValue())
                  .orElseThrow(() -> new BusinessException("erp.discrepancy.notDecidable")),
              account.getIndustry(),
              account.getSize(),
              account.getWebsite(),
              account.getErpDebtorNumber());
      default -> throw new BusinessException("erp.discrepancy.notDecidable");
    }
  }

  private ErpDiscrepancy found(long id) {
    return discrepancies
        .findById(id)
        .orElseThrow(() -> new BusinessException("erp.discrepancy.notFound"));
  }

  /** The ERP data of a company, or null when the ERP has not delivered its debtor. */
  public ErpAccountData accountData(long accountId) {
    return debtors.accountData(accountId);
  }
}
