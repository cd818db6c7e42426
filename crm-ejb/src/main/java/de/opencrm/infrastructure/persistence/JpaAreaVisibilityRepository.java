package de.opencrm.infrastructure.persistence;

import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.AreaVisibility;
import de.opencrm.domain.admin.AreaVisibilityRepository;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAreaVisibilityRepository implements AreaVisibilityRepository {

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public List<AreaVisibility> findAll() {
    return em.createNamedQuery("AreaVisibility.findAll", AreaVisibility.class).getResultList();
  }

  @Override
  public Optional<AreaVisibility> findById(long id) {
    return Optional.ofNullable(em.find(AreaVisibility.class, id));
  }

  @Override
  public Visibility visibility(Area area, Role role) {
    // a handful of rows: one small query per list page or record opened
    return findAll().stream()
        .filter(v -> v.getArea() == area && v.getRole() == role)
        .map(AreaVisibility::getVisibility)
        .findFirst()
        .orElse(Visibility.ALL);
  }
}
