package de.opencrm.infrastructure.persistence.lead;

import de.opencrm.domain.lead.capture.WebForm;
import de.opencrm.domain.lead.capture.WebFormRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaWebFormRepository implements WebFormRepository {

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public List<WebForm> all() {
    return em.createNamedQuery("WebForm.findAll", WebForm.class).getResultList();
  }

  @Override
  public Optional<WebForm> findById(long id) {
    return Optional.ofNullable(em.find(WebForm.class, id));
  }

  @Override
  public Optional<WebForm> findByKey(String key) {
    return em.createNamedQuery("WebForm.findByKey", WebForm.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(WebForm form) {
    em.persist(form);
  }

  @Override
  public void remove(WebForm form) {
    em.remove(form);
  }
}
