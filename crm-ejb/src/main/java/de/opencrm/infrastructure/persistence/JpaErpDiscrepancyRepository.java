package de.opencrm.infrastructure.persistence;

import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.erp.ErpDiscrepancy;
import de.opencrm.domain.erp.ErpDiscrepancyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/** Served by the indexes (status, kind, id) and (last_run, id) of crm_erp_discrepancy. */
@ApplicationScoped
public class JpaErpDiscrepancyRepository implements ErpDiscrepancyRepository {

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public Page<ErpDiscrepancy> review(PageRequest request) {
    ErpDiscrepancy.Status status =
        request.criterion(STATUS) == null
            ? ErpDiscrepancy.Status.OPEN
            : ErpDiscrepancy.Status.valueOf(request.criterion(STATUS));
    ErpDiscrepancy.Kind kind =
        request.criterion(KIND) == null
            ? null
            : ErpDiscrepancy.Kind.valueOf(request.criterion(KIND));
    String where =
        " WHERE d.status = :status"
            + (kind == null ? "" : " AND d.kind = :kind")
            + (request.filter() == null
                ? ""
                : " AND (d.debtorNumber = :number OR LOWER(d.erpValue) LIKE :text ESCAPE '\\'"
                    + " OR LOWER(d.crmValue) LIKE :text ESCAPE '\\')");
    TypedQuery<ErpDiscrepancy> rows =
        em.createQuery(
            "SELECT d FROM ErpDiscrepancy d" + where + " ORDER BY d.id DESC", ErpDiscrepancy.class);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(d) FROM ErpDiscrepancy d" + where, Long.class);
    for (TypedQuery<?> query : List.of(rows, count)) {
      query.setParameter("status", status);
      if (kind != null) {
        query.setParameter("kind", kind);
      }
      if (request.filter() != null) {
        query.setParameter("number", request.filter());
        query.setParameter("text", Jpql.containsPattern(request.filter()));
      }
    }
    return new Page<>(
        rows.setFirstResult(request.first()).setMaxResults(request.size()).getResultList(),
        count.getSingleResult());
  }

  @Override
  public List<ErpDiscrepancy> ofRun(long run, int first, int size) {
    return em.createQuery(
            "SELECT d FROM ErpDiscrepancy d WHERE d.lastRun = :run ORDER BY d.id",
            ErpDiscrepancy.class)
        .setParameter("run", run)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }
}
