package de.opencrm.infrastructure.persistence.erp;

import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.erp.ErpDiscrepancy;
import de.opencrm.domain.erp.ErpDiscrepancyRepository;
import de.opencrm.infrastructure.persistence.Jpql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

  @Override
  public List<ErpDiscrepancy> ofDebtor(String debtorNumber) {
    return em.createQuery(
            "SELECT d FROM ErpDiscrepancy d WHERE d.debtorNumber = :number ORDER BY d.id",
            ErpDiscrepancy.class)
        .setParameter("number", debtorNumber)
        .getResultList();
  }

  @Override
  public Optional<ErpDiscrepancy> findById(long id) {
    return Optional.ofNullable(em.find(ErpDiscrepancy.class, id));
  }

  @Override
  public List<ErpDiscrepancy> decidedProposals(List<String> debtorNumbers) {
    List<ErpDiscrepancy> decided = new ArrayList<>();
    for (List<String> part : parts(debtorNumbers)) {
      decided.addAll(
          em.createQuery(
                  "SELECT d FROM ErpDiscrepancy d WHERE d.kind = :kind AND d.status IN :decided"
                      + " AND d.debtorNumber IN :numbers",
                  ErpDiscrepancy.class)
              .setParameter("kind", ErpDiscrepancy.Kind.PROPOSED_MATCH)
              .setParameter(
                  "decided",
                  List.of(ErpDiscrepancy.Status.CONFIRMED, ErpDiscrepancy.Status.REJECTED))
              .setParameter("numbers", part)
              .getResultList());
    }
    return decided;
  }

  @Override
  public Map<String, ErpDiscrepancy> byDedupKey(Collection<String> keys) {
    Map<String, ErpDiscrepancy> found = new HashMap<>();
    for (List<String> part : parts(new ArrayList<>(keys))) {
      found.putAll(
          em.createQuery(
                  "SELECT d FROM ErpDiscrepancy d WHERE d.dedupKey IN :keys", ErpDiscrepancy.class)
              .setParameter("keys", part)
              .getResultStream()
              .collect(Collectors.toMap(ErpDiscrepancy::getDedupKey, d -> d)));
    }
    return found;
  }

  @Override
  public List<ErpDiscrepancy> openUnmatched(List<String> debtorNumbers) {
    List<ErpDiscrepancy> open = new ArrayList<>();
    for (List<String> part : parts(debtorNumbers)) {
      open.addAll(
          em.createQuery(
                  "SELECT d FROM ErpDiscrepancy d WHERE d.status = :open AND d.kind IN :kinds"
                      + " AND d.debtorNumber IN :numbers",
                  ErpDiscrepancy.class)
              .setParameter("open", ErpDiscrepancy.Status.OPEN)
              .setParameter(
                  "kinds",
                  List.of(ErpDiscrepancy.Kind.UNKNOWN_DEBTOR, ErpDiscrepancy.Kind.PROPOSED_MATCH))
              .setParameter("numbers", part)
              .getResultList());
    }
    return open;
  }

  @Override
  public ErpDiscrepancy add(ErpDiscrepancy discrepancy) {
    em.persist(discrepancy);
    return discrepancy;
  }

  private static List<List<String>> parts(List<String> values) {
    List<List<String>> parts = new ArrayList<>();
    for (int from = 0; from < values.size(); from += Jpql.IN_LIST) {
      parts.add(values.subList(from, Math.min(values.size(), from + Jpql.IN_LIST)));
    }
    return parts;
  }
}
