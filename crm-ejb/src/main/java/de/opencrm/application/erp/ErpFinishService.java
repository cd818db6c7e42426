package de.opencrm.application.erp;

import de.opencrm.application.common.CompanyTime;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.erp.CrmCompany;
import de.opencrm.domain.erp.DebtorMirror;
import de.opencrm.domain.erp.ErpDiscrepancy;
import de.opencrm.domain.erp.ErpDiscrepancyRepository;
import de.opencrm.domain.erp.ErpFigures;
import de.opencrm.domain.erp.ErpFile;
import de.opencrm.domain.erp.ErpRunRepository;
import de.opencrm.domain.erp.LedgerMirror;
import de.opencrm.integration.erp.ErpKind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The end of a run: open items no longer delivered dropped, the due debtors' revenue and open items
 * summed, companies the ERP no longer delivers reported, and the files marked applied.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.INTEGRATION})
@Permission(area = Area.ERP, operation = Operation.EDIT)
public class ErpFinishService {

  /**
   * Ranges the figures of a run's end are summed in, side by side: about one per core the database
   * may spend on the run.
   */
  @Inject
  @ConfigProperty(name = "crm.erp.figures-in-parallel", defaultValue = "2")
  int figuresInParallel;

  /** Companies reported as no longer delivered per run, at most. */
  @Inject
  @ConfigProperty(name = "crm.erp.missing-reported", defaultValue = "10000")
  int missingReported;

  @Inject ErpRunRepository runs;
  @Inject LedgerMirror ledger;
  @Inject ErpFigures figures;
  @Inject DebtorMirror debtors;
  @Inject ErpDiscrepancyRepository discrepancies;
  @Inject CompanyTime time;
  @Resource ManagedExecutorService executor;
  @Resource SessionContext context;

  /** What the first part of a run's end left for the second. */
  public record Closing(int openItemsDropped, ErpFigures.FiguresDue figuresDue) {}

  /** What the end of a run did. */
  public record RunResult(int openItemsDropped, int figuresSummed, int companiesNotDelivered) {}

  /**
   * Begins the end of a run, in a transaction of its own that commits before {@link #finish}: open
   * items no longer delivered go (when the run had an open items file), and the debtors whose
   * revenue and open items are summed again are collected, split into ranges summed side by side.
   * Restarted, it drops nothing twice and collects what is still due.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Closing close(long run) {
    int dropped =
        applied(runs.files(run), ErpKind.OPEN_ITEMS) ? ledger.dropOpenItemsNotSeen(run) : 0;
    return new Closing(dropped, figures.figuresDue(time.today(), Math.max(1, figuresInParallel)));
  }

  /**
   * Ends a run: the due figures are summed, each range in a transaction of its own on a managed
   * thread, while companies whose debtor the debtor file lacked are reported (when the run had
   * one); then the applied files are marked with where they were archived.
   */
  public RunResult finish(long run, Closing closing, Map<Long, String> archivedAs) {
    ErpFigures.FiguresDue due = closing.figuresDue();
    ErpFinishService self = context.getBusinessObject(ErpFinishService.class);
    SideBySide work = new SideBySide(executor);
    List<Future<Integer>> summing =
        work.startEach(due.ranges(), range -> self.sumFigures(due, range));
    List<ErpFile> files = runs.files(run);
    int missing = 0;
    try {
      if (applied(files, ErpKind.DEBTORS)) {
        missing = reportNotDelivered(run);
      }
    } catch (RuntimeException e) {
      work.cancelAll();
      throw e;
    }
    int summed = work.answers(summing).stream().mapToInt(Integer::intValue).sum();
    figures.figuresSummed();
    Instant now = time.now();
    for (ErpFile file : files) {
      String archived = archivedAs.get(file.getId());
      if (file.getStatus() == ErpFile.Status.CHECKED && archived != null) {
        file.applied(now, archived);
      }
    }
    return new RunResult(closing.openItemsDropped(), summed, missing);
  }

  /** Sums one range of the due figures, in a transaction of its own; returns how many. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int sumFigures(ErpFigures.FiguresDue due, ErpFigures.NumberRange range) {
    return figures.sumFigures(due, range, time.now());
  }

  private int reportNotDelivered(long run) {
    ErpFindings findings = new ErpFindings(discrepancies, run);
    List<CrmCompany> missing = debtors.companiesNotDelivered(run, missingReported);
    for (CrmCompany company : missing) {
      findings.add(
          ErpDiscrepancy.Kind.MISSING_IN_ERP,
          company.debtorNumber(),
          company.id(),
          null,
          null,
          company.name());
    }
    findings.store();
    return missing.size();
  }

  private static boolean applied(List<ErpFile> files, ErpKind kind) {
    return files.stream()
        .anyMatch(f -> f.getKind() == kind && f.getStatus() == ErpFile.Status.CHECKED);
  }
}
