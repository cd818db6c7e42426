package de.opencrm.infrastructure.persistence.service;

import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.ticket.DeliveryStatus;
import de.opencrm.domain.ticket.MailIntake;
import de.opencrm.domain.ticket.MailIntakeRow;
import de.opencrm.domain.ticket.ReplyTemplate;
import de.opencrm.domain.ticket.ServiceMailRepository;
import de.opencrm.domain.ticket.mail.IntakeOutcome;
import de.opencrm.infrastructure.persistence.Jpql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class JpaServiceMailRepository implements ServiceMailRepository {

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public boolean mailTaken(String mailKey) {
    return !em.createQuery("SELECT i.id FROM MailIntake i WHERE i.mailKey = :key", Long.class)
        .setParameter("key", mailKey)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public MailIntake addIntake(MailIntake intake) {
    em.persist(intake);
    return intake;
  }

  @Override
  public Page<MailIntakeRow> intakes(PageRequest request) {
    String from = " FROM MailIntake i LEFT JOIN i.ticket t";
    String where =
        request.filter() == null
            ? ""
            : " WHERE LOWER(i.sender) LIKE :pattern ESCAPE '\\'"
                + " OR LOWER(i.subject) LIKE :pattern ESCAPE '\\'";
    TypedQuery<Object[]> rows =
        em.createQuery(
            "SELECT i.id, i.receivedAt, i.sender, i.subject, i.outcome, i.reason, t.id, t.number"
                + from
                + where
                + " ORDER BY i.receivedAt DESC, i.id DESC",
            Object[].class);
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(i)" + from + where, Long.class);
    if (request.filter() != null) {
      rows.setParameter("pattern", Jpql.containsPattern(request.filter()));
      count.setParameter("pattern", Jpql.containsPattern(request.filter()));
    }
    List<MailIntakeRow> page =
        rows.setFirstResult(request.first()).setMaxResults(request.size()).getResultList().stream()
            .map(
                r ->
                    new MailIntakeRow(
                        (Long) r[0],
                        (Instant) r[1],
                        (String) r[2],
                        (String) r[3],
                        (IntakeOutcome) r[4],
                        (String) r[5],
                        (Long) r[6],
                        (String) r[7]))
            .toList();
    return new Page<>(page, count.getSingleResult());
  }

  @Override
  public int ticketsOpenedBy(String sender, Instant since) {
    return em.createQuery(
            "SELECT COUNT(i) FROM MailIntake i WHERE i.sender = :sender"
                + " AND i.outcome = :outcome AND i.receivedAt >= :since",
            Long.class)
        .setParameter("sender", sender == null ? null : sender.toLowerCase(java.util.Locale.ROOT))
        .setParameter("outcome", IntakeOutcome.NEW_TICKET)
        .setParameter("since", since)
        .getSingleResult()
        .intValue();
  }

  @Override
  public List<Long> dueReplies(Instant now, int max) {
    return em.createQuery(
            "SELECT m.id FROM TicketMessage m WHERE m.delivery = :pending"
                + " AND m.nextAttemptAt <= :now ORDER BY m.nextAttemptAt, m.id",
            Long.class)
        .setParameter("pending", DeliveryStatus.PENDING)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<ReplyTemplate> templates() {
    return em.createQuery(
            "SELECT t FROM ReplyTemplate t ORDER BY t.name, t.language", ReplyTemplate.class)
        .getResultList();
  }
}
