package de.opencrm.infrastructure.persistence.privacy;

import de.opencrm.domain.privacy.Consent;
import de.opencrm.domain.privacy.ConsentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaConsentRepository implements ConsentRepository {

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public Optional<Consent> findById(long id) {
    return Optional.ofNullable(em.find(Consent.class, id));
  }

  /** Served by the (contact_id, given_at) index of V22. */
  @Override
  public List<Consent> ofContact(long contactId) {
    return em.createQuery(
            "SELECT c FROM Consent c WHERE c.contact.id = :contact"
                + " ORDER BY CASE WHEN c.withdrawnAt IS NULL THEN 0 ELSE 1 END, c.givenAt DESC, c.id DESC",
            Consent.class)
        .setParameter("contact", contactId)
        .getResultList();
  }

  @Override
  public Consent add(Consent consent) {
    em.persist(consent);
    return consent;
  }
}
