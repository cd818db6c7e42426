package de.opencrm.infrastructure.persistence.lead;

import de.opencrm.domain.account.CompanySize;
import de.opencrm.domain.admin.RecordScope;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.lead.Lead;
import de.opencrm.domain.lead.LeadEscalation;
import de.opencrm.domain.lead.LeadFunnel;
import de.opencrm.domain.lead.LeadRepository;
import de.opencrm.domain.lead.LeadRow;
import de.opencrm.domain.lead.LeadSource;
import de.opencrm.domain.lead.LeadStatus;
import de.opencrm.domain.lead.prediction.ClosedLead;
import de.opencrm.domain.lead.scoring.ScoringFacts;
import de.opencrm.infrastructure.persistence.Jpql;
import de.opencrm.infrastructure.persistence.ScopeConditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class JpaLeadRepository implements LeadRepository {

  /** Sortable columns of the lead list, each backed by an index (V26). */
  private static final Map<String, String> SORTABLE =
      Map.of(
          "name", "l.person.lastName",
          "score", "l.score",
          "status", "l.status",
          "source", "l.origin.source",
          "capturedAt", "l.origin.capturedAt");

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public Lead add(Lead lead) {
    em.persist(lead);
    return lead;
  }

  @Override
  public java.util.Optional<Lead> findById(long id) {
    return java.util.Optional.ofNullable(em.find(Lead.class, id));
  }

  @Override
  public Page<LeadRow> list(PageRequest request, RecordScope scope) {
    TypedQuery<Object[]> rows =
        em.createQuery(
            "SELECT l.id, l.person.firstName, l.person.lastName, l.company, l.address.postalCode,"
                + " l.address.city, l.status, l.score, l.origin.source, l.origin.capturedAt,"
                + " o.displayName FROM Lead l LEFT JOIN l.owner o"
                + where(request, scope)
                + Jpql.orderBy(SORTABLE, request, "l.origin.capturedAt")
                + ", l.id DESC",
            Object[].class);
    bind(rows, request, scope);
    List<LeadRow> page =
        rows.setFirstResult(request.first()).setMaxResults(request.size()).getResultList().stream()
            .map(
                r ->
                    new LeadRow(
                        (Long) r[0],
                        r[1] == null ? (String) r[2] : r[1] + " " + r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        (LeadStatus) r[6],
                        (Integer) r[7],
                        (LeadSource) r[8],
                        (Instant) r[9],
                        (String) r[10]))
            .toList();
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(l) FROM Lead l" + where(request, scope), Long.class);
    bind(count, request, scope);
    return new Page<>(page, count.getSingleResult());
  }

  private static String where(PageRequest request, RecordScope scope) {
    List<String> conditions = new ArrayList<>();
    if (request.filter() != null) {
      conditions.add(
          "(LOWER(l.person.lastName) LIKE :pattern ESCAPE '\\' OR LOWER(l.company) LIKE :pattern"
              + " ESCAPE '\\' OR LOWER(l.person.email) LIKE :pattern ESCAPE '\\')");
    }
    if (request.criterion(STATUS) != null) {
      conditions.add("l.status = :status");
    }
    if (request.criterion(SOURCE) != null) {
      conditions.add("l.origin.source = :source");
    }
    String owner = request.criterion(OWNER);
    if (UNASSIGNED.equals(owner)) {
      conditions.add("l.owner IS NULL");
    } else if (owner != null) {
      conditions.add("l.owner.id = :owner");
    }
    if (request.criterion(MIN_SCORE) != null) {
      conditions.add("l.score >= :minScore");
    }
    String visible = ScopeConditions.jpql("l", scope);
    if (visible != null) {
      // a lead nobody has yet is there for everyone who works on leads to take
      conditions.add("(l.owner IS NULL OR " + visible + ")");
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static void bind(TypedQuery<?> query, PageRequest request, RecordScope scope) {
    ScopeConditions.bind(query, scope);
    if (request.filter() != null) {
      query.setParameter("pattern", Jpql.containsPattern(request.filter()));
    }
    if (request.criterion(STATUS) != null) {
      query.setParameter("status", LeadStatus.valueOf(request.criterion(STATUS)));
    }
    if (request.criterion(SOURCE) != null) {
      query.setParameter("source", LeadSource.valueOf(request.criterion(SOURCE)));
    }
    String owner = request.criterion(OWNER);
    if (owner != null && !UNASSIGNED.equals(owner)) {
      query.setParameter("owner", Long.valueOf(owner));
    }
    if (request.criterion(MIN_SCORE) != null) {
      query.setParameter("minScore", Integer.valueOf(request.criterion(MIN_SCORE)));
    }
  }

  /** Served by ix_crm_lead_captured. */
  @Override
  public List<LeadFunnel.Count> countBySourceAndStatus(Instant since, RecordScope scope) {
    String visible = ScopeConditions.jpql("l", scope);
    TypedQuery<Object[]> query =
        em.createQuery(
            "SELECT l.origin.source, l.status, COUNT(l) FROM Lead l WHERE l.origin.capturedAt >= :since"
                + (visible == null ? "" : " AND (l.owner IS NULL OR " + visible + ")")
                + " GROUP BY l.origin.source, l.status",
            Object[].class);
    query.setParameter("since", since);
    ScopeConditions.bind(query, scope);
    return query.getResultList().stream()
        .map(
            r ->
                new LeadFunnel.Count(
                    (LeadSource) r[0], (LeadStatus) r[1], ((Number) r[2]).longValue()))
        .toList();
  }

  /** Served by ix_crm_lead_owner_status. */
  @Override
  public Map<Long, Integer> openLeadsOf(Collection<Long> userIds) {
    Map<Long, Integer> open = new HashMap<>();
    if (userIds.isEmpty()) {
      return open;
    }
    em.createQuery(
            "SELECT l.owner.id, COUNT(l) FROM Lead l WHERE l.owner.id IN :users"
                + " AND l.status IN :open GROUP BY l.owner.id",
            Object[].class)
        .setParameter("users", userIds)
        .setParameter("open", LeadStatus.OPEN)
        .getResultList()
        .forEach(r -> open.put((Long) r[0], ((Number) r[1]).intValue()));
    return open;
  }

  /** Only the facts the model learns from, newest first, served by ix_crm_lead_status. */
  @Override
  public List<ClosedLead> closedHistory(int limit) {
    return em
        .createQuery(
            "SELECT l.person.jobTitle, l.industry, l.companySize, l.address.country,"
                + " l.address.postalCode, l.origin.source, l.person.email, l.submissions, l.status"
                + " FROM Lead l WHERE l.status IN :closed ORDER BY l.id DESC",
            Object[].class)
        .setParameter("closed", List.of(LeadStatus.CONVERTED, LeadStatus.DISQUALIFIED))
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(
            r ->
                new ClosedLead(
                    new ScoringFacts(
                        (String) r[0],
                        (String) r[1],
                        (CompanySize) r[2],
                        (String) r[3],
                        (String) r[4],
                        (LeadSource) r[5],
                        (String) r[6],
                        ((Number) r[7]).intValue()),
                    r[8] == LeadStatus.CONVERTED))
        .toList();
  }

  /** Served by ix_crm_lead_rule, one short look per rule (once per rule after a start). */
  @Override
  public Map<Long, Long> lastOwnersRoutedBy(Collection<Long> ruleIds) {
    Map<Long, Long> owners = new HashMap<>();
    for (Long ruleId : ruleIds) {
      em.createQuery(
              "SELECT l.owner.id FROM Lead l WHERE l.routing.ruleId = :rule AND l.owner IS NOT NULL"
                  + " ORDER BY l.routing.routedAt DESC, l.id DESC",
              Long.class)
          .setParameter("rule", ruleId)
          .setMaxResults(1)
          .getResultStream()
          .findFirst()
          .ifPresent(owner -> owners.put(ruleId, owner));
    }
    return owners;
  }

  /** Served by ix_crm_lead_rule. */
  @Override
  public Map<Long, Integer> routedByRuleSince(long ruleId, Instant since) {
    Map<Long, Integer> routed = new HashMap<>();
    em.createQuery(
            "SELECT l.owner.id, COUNT(l) FROM Lead l WHERE l.routing.ruleId = :rule"
                + " AND l.routing.routedAt >= :since AND l.owner IS NOT NULL GROUP BY l.owner.id",
            Object[].class)
        .setParameter("rule", ruleId)
        .setParameter("since", since)
        .getResultList()
        .forEach(r -> routed.put((Long) r[0], ((Number) r[1]).intValue()));
    return routed;
  }

  /** Served by ix_crm_user_absence_user. */
  @Override
  public java.util.Optional<Lead> findOpenOf(String email, String lastName) {
    return em.createQuery(
            "SELECT l FROM Lead l WHERE l.person.email = :email"
                + " AND LOWER(l.person.lastName) = :lastName AND l.status IN :open"
                + " ORDER BY l.id DESC",
            Lead.class)
        .setParameter("email", email.strip().toLowerCase(java.util.Locale.ROOT))
        .setParameter("lastName", lastName.strip().toLowerCase(java.util.Locale.ROOT))
        .setParameter("open", LeadStatus.OPEN)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Long> untouchedBefore(Instant receivedBefore, int limit) {
    return em.createQuery(
            "SELECT l.id FROM Lead l WHERE l.status IN :untouched AND l.escalatedAt IS NULL"
                + " AND l.origin.capturedAt <= :before ORDER BY l.id",
            Long.class)
        .setParameter("untouched", LeadEscalation.UNTOUCHED)
        .setParameter("before", receivedBefore)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public java.util.Optional<Lead> findForUpdate(long id) {
    return java.util.Optional.ofNullable(
        em.find(Lead.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Long> openLeadIdsAfter(long afterId, int limit) {
    return em.createQuery(
            "SELECT l.id FROM Lead l WHERE l.id > :after AND l.status IN :open ORDER BY l.id",
            Long.class)
        .setParameter("after", afterId)
        .setParameter("open", LeadStatus.OPEN)
        .setMaxResults(limit)
        .getResultList();
  }
}
