package de.opencrm.application.erp;

import de.opencrm.application.common.CompanyTime;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.erp.ErpDiscrepancy;
import de.opencrm.domain.erp.ErpFile;
import de.opencrm.domain.erp.ErpMirror;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** What the reconciliation's runs found: their files, refused records and discrepancies. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.INTEGRATION})
@Permission(area = Area.ERP, operation = Operation.READ)
public class ErpRunService {

  /** Rows a report of a run holds at most. */
  public static final int REPORT_ROWS = 100_000;

  @PersistenceContext EntityManager em;
  @Inject ErpMirror mirror;
  @Resource SessionContext context;
  @Inject CompanyTime time;

  public List<ErpFile> files(long run) {
    return em.createQuery(
            "SELECT f FROM ErpFile f WHERE f.runId = :run ORDER BY f.id", ErpFile.class)
        .setParameter("run", run)
        .getResultList();
  }

  public List<ErpMirror.Refused> refused(long run) {
    return mirror.refused(run, REPORT_ROWS);
  }

  /** The discrepancies a run found (new or again), in the order found. */
  public List<ErpDiscrepancy> discrepancies(long run) {
    return em.createQuery(
            "SELECT d FROM ErpDiscrepancy d WHERE d.lastRun = :run ORDER BY d.id",
            ErpDiscrepancy.class)
        .setParameter("run", run)
        .setMaxResults(REPORT_ROWS)
        .getResultList();
  }

  /** The discrepancies about one debtor, whatever their state. */
  public List<ErpDiscrepancy> discrepanciesOfDebtor(String debtorNumber) {
    return em.createQuery(
            "SELECT d FROM ErpDiscrepancy d WHERE d.debtorNumber = :number ORDER BY d.id",
            ErpDiscrepancy.class)
        .setParameter("number", debtorNumber)
        .getResultList();
  }

  /** A person's decision on a discrepancy, in the version they saw. */
  @Permission(area = Area.ERP, operation = Operation.EDIT)
  public void decide(long id, boolean confirm, long versionSeen) {
    ErpDiscrepancy discrepancy = em.find(ErpDiscrepancy.class, id);
    discrepancy.decide(confirm, context.getCallerPrincipal().getName(), time.now(), versionSeen);
  }

  /** The ERP data of a company, or null when the ERP has not delivered its debtor. */
  public ErpMirror.ErpAccountData accountData(long accountId) {
    return mirror.accountData(accountId);
  }
}
