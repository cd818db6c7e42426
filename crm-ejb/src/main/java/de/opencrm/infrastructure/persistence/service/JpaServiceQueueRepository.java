package de.opencrm.infrastructure.persistence.service;

import de.opencrm.domain.account.CustomerTier;
import de.opencrm.domain.ticket.QueueMember;
import de.opencrm.domain.ticket.ServiceQueueRepository;
import de.opencrm.domain.ticket.SlaPolicy;
import de.opencrm.domain.ticket.TicketPriority;
import de.opencrm.domain.ticket.TicketQueue;
import de.opencrm.domain.ticket.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaServiceQueueRepository implements ServiceQueueRepository {

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public List<TicketQueue> queues() {
    return em.createQuery("SELECT q FROM TicketQueue q ORDER BY q.name", TicketQueue.class)
        .getResultList();
  }

  @Override
  public Optional<TicketQueue> findQueue(long id) {
    return Optional.ofNullable(em.find(TicketQueue.class, id));
  }

  @Override
  public TicketQueue lockQueue(long id) {
    return em.find(TicketQueue.class, id, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public List<QueueMember> members(long queueId) {
    return em.createQuery(
            "SELECT m FROM QueueMember m JOIN FETCH m.user WHERE m.queue.id = :queue"
                + " ORDER BY m.position, m.id",
            QueueMember.class)
        .setParameter("queue", queueId)
        .getResultList();
  }

  @Override
  public QueueMember addMember(QueueMember member) {
    em.persist(member);
    return member;
  }

  @Override
  public Map<Long, Integer> openTicketCounts(Collection<Long> userIds) {
    Map<Long, Integer> counts = new HashMap<>();
    if (userIds.isEmpty()) {
      return counts;
    }
    em.createQuery(
            "SELECT t.assignee.id, COUNT(t) FROM Ticket t"
                + " WHERE t.assignee.id IN :users AND t.status IN :statuses GROUP BY t.assignee.id",
            Object[].class)
        .setParameter("users", userIds)
        .setParameter("statuses", List.copyOf(TicketStatus.open()))
        .getResultList()
        .forEach(r -> counts.put((Long) r[0], ((Long) r[1]).intValue()));
    return counts;
  }

  @Override
  public Optional<SlaPolicy> slaPolicy(TicketPriority priority, CustomerTier tier) {
    return em.createQuery(
            "SELECT p FROM SlaPolicy p WHERE p.priority = :priority AND p.tier = :tier",
            SlaPolicy.class)
        .setParameter("priority", priority)
        .setParameter("tier", tier)
        .getResultStream()
        .findFirst();
  }

  @Override
  public TicketQueue addQueue(TicketQueue queue) {
    em.persist(queue);
    return queue;
  }

  @Override
  public Optional<QueueMember> findMember(long id) {
    return Optional.ofNullable(em.find(QueueMember.class, id));
  }

  @Override
  public void removeMember(QueueMember member) {
    em.remove(member);
  }

  @Override
  public List<SlaPolicy> slaPolicies() {
    return em.createQuery("SELECT p FROM SlaPolicy p ORDER BY p.tier, p.priority", SlaPolicy.class)
        .getResultList();
  }

  @Override
  public Optional<SlaPolicy> findSlaPolicy(long id) {
    return Optional.ofNullable(em.find(SlaPolicy.class, id));
  }
}
