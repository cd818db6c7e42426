package de.opencrm.infrastructure.persistence.lead;

import de.opencrm.domain.lead.capture.LeadWebhook;
import de.opencrm.domain.lead.capture.LeadWebhookRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Served by uq_crm_lead_webhook_key. */
@ApplicationScoped
public class JpaLeadWebhookRepository implements LeadWebhookRepository {

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public List<LeadWebhook> all() {
    return em.createNamedQuery("LeadWebhook.findAll", LeadWebhook.class).getResultList();
  }

  @Override
  public Optional<LeadWebhook> findById(long id) {
    return Optional.ofNullable(em.find(LeadWebhook.class, id));
  }

  @Override
  public Optional<LeadWebhook> findByKey(String key) {
    return em.createNamedQuery("LeadWebhook.findByKey", LeadWebhook.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(LeadWebhook hook) {
    em.persist(hook);
  }

  @Override
  public void remove(LeadWebhook hook) {
    em.remove(hook);
  }
}
