package de.opencrm.infrastructure.persistence.admin;

import de.opencrm.domain.audit.AuditChainHead;
import de.opencrm.domain.audit.AuditEntry;
import de.opencrm.domain.audit.AuditRepository;
import de.opencrm.domain.audit.AuditSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;

/** Reads the audit journal; entries are only ever written by the audit writer's JDBC. */
@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

  /** Counting stops here: "more than 10,000" is all an auditor needs to narrow the search. */
  public static final int COUNT_CAP = 10_000;

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public AuditChainHead head() {
    Object[] row =
        (Object[])
            em.createNativeQuery("SELECT last_id, last_hash FROM crm_audit_chain WHERE id = 1")
                .getSingleResult();
    return new AuditChainHead(((Number) row[0]).longValue(), ((String) row[1]).strip());
  }

  /** Served by the record, user and action indexes of V19, newest first. */
  @Override
  public List<AuditEntry> search(AuditSearch search, int first, int size) {
    TypedQuery<AuditEntry> query =
        em.createQuery(
            "SELECT e FROM AuditEntry e" + where(search) + " ORDER BY e.id DESC", AuditEntry.class);
    bind(query, search);
    return query.setFirstResult(first).setMaxResults(size).getResultList();
  }

  @Override
  public long count(AuditSearch search) {
    TypedQuery<Long> query =
        em.createQuery("SELECT e.id FROM AuditEntry e" + where(search), Long.class);
    bind(query, search);
    return query.setMaxResults(COUNT_CAP + 1).getResultList().size();
  }

  @Override
  public List<AuditEntry> batchAfter(long afterId, long lastId, int limit) {
    return em.createQuery(
            "SELECT e FROM AuditEntry e WHERE e.id > :after AND e.id <= :last ORDER BY e.id",
            AuditEntry.class)
        .setParameter("after", afterId)
        .setParameter("last", lastId)
        .setMaxResults(limit)
        .getResultList();
  }

  private static String where(AuditSearch search) {
    List<String> conditions = new ArrayList<>();
    if (search.username() != null) {
      conditions.add("e.username = :username");
    }
    if (search.recordType() != null) {
      conditions.add("e.recordType = :recordType");
    }
    if (search.recordId() != null) {
      conditions.add("e.recordId = :recordId");
    }
    if (search.action() != null) {
      conditions.add("e.action = :action");
    }
    if (search.from() != null) {
      conditions.add("e.at >= :from");
    }
    if (search.to() != null) {
      conditions.add("e.at < :to");
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static void bind(Query query, AuditSearch search) {
    if (search.username() != null) {
      query.setParameter("username", search.username());
    }
    if (search.recordType() != null) {
      query.setParameter("recordType", search.recordType());
    }
    if (search.recordId() != null) {
      query.setParameter("recordId", search.recordId());
    }
    if (search.action() != null) {
      query.setParameter("action", search.action());
    }
    if (search.from() != null) {
      query.setParameter("from", search.from());
    }
    if (search.to() != null) {
      query.setParameter("to", search.to());
    }
  }
}
