package de.opencrm.infrastructure.persistence.sales;

import de.opencrm.domain.admin.RecordScope;
import de.opencrm.domain.forecast.ForecastRepository;
import de.opencrm.domain.forecast.ForecastSum;
import de.opencrm.domain.forecast.Quota;
import de.opencrm.domain.opportunity.ForecastCategory;
import de.opencrm.domain.opportunity.StageOutcome;
import de.opencrm.infrastructure.persistence.Jpql;
import de.opencrm.infrastructure.persistence.ScopeConditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaForecastRepository implements ForecastRepository {

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public List<ForecastSum> sums(
      LocalDate closeFrom,
      LocalDate closeTo,
      Instant wonFrom,
      Instant wonUntil,
      Long pipelineId,
      RecordScope scope) {
    String visible = ScopeConditions.jpql("o", scope);
    TypedQuery<Object[]> query =
        em.createQuery(
            "SELECT o.owner.id, s.outcome, o.forecastCategory, SUM(o.amountEur),"
                + " SUM(o.amountEur * o.probability)"
                + " FROM Opportunity o JOIN o.stage s"
                + " WHERE ((s.outcome = :open AND o.expectedClose BETWEEN :closeFrom AND :closeTo)"
                + " OR (s.outcome = :won AND o.closedAt >= :wonFrom AND o.closedAt < :wonUntil))"
                + (pipelineId == null ? "" : " AND o.pipeline.id = :pipeline")
                + (visible == null ? "" : " AND " + visible)
                + " GROUP BY o.owner.id, s.outcome, o.forecastCategory",
            Object[].class);
    query
        .setParameter("open", StageOutcome.OPEN)
        .setParameter("won", StageOutcome.WON)
        .setParameter("closeFrom", closeFrom)
        .setParameter("closeTo", closeTo)
        .setParameter("wonFrom", wonFrom)
        .setParameter("wonUntil", wonUntil);
    if (pipelineId != null) {
      query.setParameter("pipeline", pipelineId);
    }
    ScopeConditions.bind(query, scope);
    return query.getResultList().stream()
        .map(
            r ->
                new ForecastSum(
                    (Long) r[0],
                    (StageOutcome) r[1],
                    (ForecastCategory) r[2],
                    Jpql.decimal(r[3]),
                    Jpql.decimal(r[4])))
        .toList();
  }

  @Override
  public BigDecimal won(Instant from, Instant until, RecordScope scope) {
    return wonBetween(List.of(from, until), scope).get(0);
  }

  @Override
  public List<BigDecimal> wonBetween(List<Instant> bounds, RecordScope scope) {
    StringBuilder sums = new StringBuilder();
    for (int i = 0; i + 1 < bounds.size(); i++) {
      sums.append(i == 0 ? "" : ", ")
          .append("SUM(CASE WHEN o.closedAt >= :b")
          .append(i)
          .append(" AND o.closedAt < :b")
          .append(i + 1)
          .append(" THEN o.amountEur ELSE 0 END)");
    }
    String visible = ScopeConditions.jpql("o", scope);
    TypedQuery<Object[]> query =
        em.createQuery(
            "SELECT "
                + sums
                + ", COUNT(o) FROM Opportunity o JOIN o.stage s WHERE s.outcome = :won"
                + " AND o.closedAt >= :b0 AND o.closedAt < :b"
                + (bounds.size() - 1)
                + (visible == null ? "" : " AND " + visible),
            Object[].class);
    query.setParameter("won", StageOutcome.WON);
    for (int i = 0; i < bounds.size(); i++) {
      query.setParameter("b" + i, bounds.get(i));
    }
    ScopeConditions.bind(query, scope);
    Object[] row = query.getSingleResult();
    List<BigDecimal> won = new ArrayList<>();
    for (int i = 0; i + 1 < bounds.size(); i++) {
      BigDecimal sum = Jpql.decimal(row[i]);
      won.add(sum == null ? BigDecimal.ZERO.setScale(2) : sum.setScale(2));
    }
    return won;
  }

  @Override
  public Map<Long, TeamQuota> quotas(YearMonth first, YearMonth last) {
    Map<Long, TeamQuota> quotas = new HashMap<>();
    em.createQuery(
            "SELECT u.id, t.id, SUM(q.amount) FROM Quota q JOIN q.user u LEFT JOIN u.team t"
                + " WHERE q.monthStart BETWEEN :first AND :last GROUP BY u.id, t.id",
            Object[].class)
        .setParameter("first", first.atDay(1))
        .setParameter("last", last.atDay(1))
        .getResultList()
        .forEach(r -> quotas.put((Long) r[0], new TeamQuota((Long) r[1], Jpql.decimal(r[2]))));
    return quotas;
  }

  @Override
  public Optional<Quota> quota(long userId, YearMonth month) {
    return em.createQuery(
            "SELECT q FROM Quota q WHERE q.user.id = :user AND q.monthStart = :month", Quota.class)
        .setParameter("user", userId)
        .setParameter("month", month.atDay(1))
        .getResultStream()
        .findFirst();
  }

  @Override
  public Quota add(Quota quota) {
    em.persist(quota);
    return quota;
  }
}
