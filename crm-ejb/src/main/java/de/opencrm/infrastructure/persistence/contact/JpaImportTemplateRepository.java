package de.opencrm.infrastructure.persistence.contact;

import de.opencrm.domain.contact.importing.ImportTarget;
import de.opencrm.domain.contact.importing.ImportTemplate;
import de.opencrm.domain.contact.importing.ImportTemplateRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaImportTemplateRepository implements ImportTemplateRepository {

  private static final int MAX_TEMPLATES = 100;

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public Optional<ImportTemplate> findById(long id) {
    return Optional.ofNullable(em.find(ImportTemplate.class, id));
  }

  /** Served by the unique (owner_id, target, name) index of V17. */
  @Override
  public List<ImportTemplate> ownedBy(long userId, ImportTarget target) {
    return em.createQuery(
            "SELECT t FROM ImportTemplate t WHERE t.owner.id = :user AND t.target = :target"
                + " ORDER BY t.name",
            ImportTemplate.class)
        .setParameter("user", userId)
        .setParameter("target", target)
        .setMaxResults(MAX_TEMPLATES)
        .getResultList();
  }

  @Override
  public Optional<ImportTemplate> findOwn(long userId, ImportTarget target, String name) {
    return em.createQuery(
            "SELECT t FROM ImportTemplate t WHERE t.owner.id = :user AND t.target = :target"
                + " AND t.name = :name",
            ImportTemplate.class)
        .setParameter("user", userId)
        .setParameter("target", target)
        .setParameter("name", name.strip())
        .getResultStream()
        .findFirst();
  }

  @Override
  public ImportTemplate add(ImportTemplate template) {
    em.persist(template);
    return template;
  }

  @Override
  public void remove(ImportTemplate template) {
    em.remove(template);
  }
}
