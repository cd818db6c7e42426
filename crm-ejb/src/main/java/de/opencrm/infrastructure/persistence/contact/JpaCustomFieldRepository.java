package de.opencrm.infrastructure.persistence.contact;

import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.customfield.CustomField;
import de.opencrm.domain.customfield.CustomFieldRepository;
import de.opencrm.infrastructure.persistence.Jpql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCustomFieldRepository implements CustomFieldRepository {

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public Optional<CustomField> findById(long id) {
    return Optional.ofNullable(em.find(CustomField.class, id));
  }

  @Override
  public List<CustomField> forKind(RecordRef.Kind kind) {
    return em.createQuery(
            "SELECT f FROM CustomField f WHERE f.recordKind = :kind"
                + " ORDER BY f.position, f.labelDe, f.id",
            CustomField.class)
        .setParameter("kind", kind)
        .getResultList();
  }

  @Override
  public boolean keyTaken(RecordRef.Kind kind, String fieldKey) {
    return em.createQuery(
                "SELECT COUNT(f) FROM CustomField f WHERE f.recordKind = :kind AND f.fieldKey = :key",
                Long.class)
            .setParameter("kind", kind)
            .setParameter("key", fieldKey)
            .getSingleResult()
        > 0;
  }

  @Override
  public long valueCount(CustomField field) {
    return em.createQuery(
            "SELECT COUNT(r) FROM "
                + Jpql.entityOf(field.getRecordKind())
                + " r JOIN r.customValues v WHERE KEY(v) = :fieldId",
            Long.class)
        .setParameter("fieldId", field.getId())
        .getSingleResult();
  }

  @Override
  public CustomField add(CustomField field) {
    em.persist(field);
    return field;
  }

  @Override
  public void remove(CustomField field) {
    em.remove(field);
  }
}
