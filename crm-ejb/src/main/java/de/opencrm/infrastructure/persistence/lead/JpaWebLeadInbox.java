package de.opencrm.infrastructure.persistence.lead;

import de.opencrm.domain.lead.capture.ReceivedLead;
import de.opencrm.domain.lead.capture.SubmissionKey;
import de.opencrm.domain.lead.capture.WebLeadInbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The inbox's two tables, crm_received_lead and crm_submission_key. */
@ApplicationScoped
public class JpaWebLeadInbox implements WebLeadInbox {

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public Set<String> keysSeen(Collection<String> keys) {
    if (keys.isEmpty()) {
      return new HashSet<>();
    }
    return new HashSet<>(
        em.createNamedQuery("SubmissionKey.seen", String.class)
            .setParameter("keys", keys)
            .getResultList());
  }

  @Override
  public Optional<SubmissionKey> key(String key) {
    return Optional.ofNullable(em.find(SubmissionKey.class, key));
  }

  @Override
  public void remember(SubmissionKey key) {
    em.persist(key);
  }

  @Override
  public int forgetKeysBefore(Instant before) {
    return em.createNamedQuery("SubmissionKey.deleteReceivedBefore")
        .setParameter("before", before)
        .executeUpdate();
  }

  @Override
  public void add(ReceivedLead received) {
    em.persist(received);
  }

  @Override
  public Optional<ReceivedLead> findById(long id) {
    return Optional.ofNullable(em.find(ReceivedLead.class, id));
  }

  @Override
  public List<Long> waiting(int max) {
    return em.createNamedQuery("ReceivedLead.waiting", Long.class)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<ReceivedLead> lockForTakingIn(List<Long> ids) {
    List<ReceivedLead> batch =
        em.createNamedQuery("ReceivedLead.lockAll", ReceivedLead.class)
            .setParameter("ids", ids)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    // each write compares everything the transaction read, which grows with the batch: queries
    // do not write first, the batch flushes when it is ready
    em.setFlushMode(FlushModeType.COMMIT);
    return batch;
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public long countWaiting() {
    return em.createNamedQuery("ReceivedLead.countWaiting", Long.class).getSingleResult();
  }

  @Override
  public List<ReceivedLead> failed(int max) {
    return em.createNamedQuery("ReceivedLead.failed", ReceivedLead.class)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public void remove(ReceivedLead received) {
    em.remove(received);
  }
}
