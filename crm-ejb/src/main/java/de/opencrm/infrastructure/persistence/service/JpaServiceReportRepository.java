package de.opencrm.infrastructure.persistence.service;

import de.opencrm.domain.ticket.TicketPriority;
import de.opencrm.domain.ticket.TicketQueue;
import de.opencrm.domain.ticket.TicketStatus;
import de.opencrm.domain.ticket.report.QueueLoad;
import de.opencrm.domain.ticket.report.Satisfaction;
import de.opencrm.domain.ticket.report.ServiceReportRepository;
import de.opencrm.domain.ticket.report.SlaCompliance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The service figures as grouped counts in JPQL: the open tickets by queue (read through the queue
 * index of V41/V45), the solved ones by their solving time (V47) and the survey answers by theirs
 * (V44).
 */
@ApplicationScoped
public class JpaServiceReportRepository implements ServiceReportRepository {

  private static final Set<TicketStatus> OPEN = TicketStatus.open();

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public List<QueueLoad> queueLoad(Instant now) {
    Map<Long, Object[]> counts = new HashMap<>();
    em.createQuery(
            "SELECT t.queue.id, COUNT(t),"
                + " SUM(CASE WHEN t.assignee IS NULL THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN t.status = :waiting THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN t.sla.firstResponseBreached = FALSE"
                + " AND t.sla.resolutionBreached = FALSE"
                + " AND ((t.firstResponseAt IS NULL AND t.sla.firstResponseWarnAt <= :now)"
                + " OR t.sla.resolutionWarnAt <= :now) THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN t.sla.firstResponseBreached = TRUE"
                + " OR t.sla.resolutionBreached = TRUE THEN 1 ELSE 0 END)"
                + " FROM Ticket t WHERE t.status IN :open GROUP BY t.queue.id",
            Object[].class)
        .setParameter("waiting", TicketStatus.WAITING_ON_CUSTOMER)
        .setParameter("now", now)
        .setParameter("open", OPEN)
        .getResultList()
        .forEach(r -> counts.put((Long) r[0], r));
    return em
        .createQuery("SELECT q FROM TicketQueue q ORDER BY q.name", TicketQueue.class)
        .getResultList()
        .stream()
        .map(
            q -> {
              Object[] r = counts.getOrDefault(q.getId(), new Object[] {q.getId(), 0, 0, 0, 0, 0});
              return new QueueLoad(
                  q.getId(),
                  q.getName(),
                  number(r[1]),
                  number(r[2]),
                  number(r[3]),
                  number(r[4]),
                  number(r[5]));
            })
        .toList();
  }

  @Override
  public List<SlaCompliance> compliance(Instant from, Instant to) {
    return em
        .createQuery(
            "SELECT q.name, t.priority, COUNT(t),"
                + " SUM(CASE WHEN t.sla.firstResponseBreached = TRUE THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN t.sla.resolutionBreached = TRUE THEN 1 ELSE 0 END)"
                + " FROM Ticket t JOIN t.queue q"
                + " WHERE t.solvedAt >= :from AND t.solvedAt < :to"
                + " GROUP BY q.name, t.priority ORDER BY q.name, t.priority",
            Object[].class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList()
        .stream()
        .map(
            r ->
                new SlaCompliance(
                    (String) r[0], (TicketPriority) r[1], number(r[2]), number(r[3]), number(r[4])))
        .toList();
  }

  @Override
  public List<Satisfaction> satisfaction(Instant from, Instant to) {
    return em
        .createQuery(
            "SELECT q.name, COUNT(s.csat), SUM(s.csat),"
                + " SUM(CASE WHEN s.csat >= 4 THEN 1 ELSE 0 END),"
                + " COUNT(s.nps),"
                + " SUM(CASE WHEN s.nps >= 9 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN s.nps <= 6 THEN 1 ELSE 0 END)"
                + " FROM TicketSurvey s JOIN s.ticket t JOIN t.queue q"
                + " WHERE s.answeredAt >= :from AND s.answeredAt < :to"
                + " GROUP BY q.name ORDER BY q.name",
            Object[].class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList()
        .stream()
        .map(
            r ->
                new Satisfaction(
                    (String) r[0],
                    number(r[1]),
                    number(r[2]),
                    number(r[3]),
                    number(r[4]),
                    number(r[5]),
                    number(r[6])))
        .toList();
  }

  /** A count or sum as the database returns it (Long, BigDecimal, Integer; null for no rows). */
  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
