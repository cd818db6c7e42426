package de.opencrm.infrastructure.persistence.admin;

import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.AreaVisibility;
import de.opencrm.domain.admin.AreaVisibilityRepository;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
  public Map<Role, Visibility> visibilities(Area area) {
    Map<Role, Visibility> configured = new EnumMap<>(Role.class);
    findAll().stream()
        .filter(v -> v.getArea() == area)
        .forEach(v -> configured.put(v.getRole(), v.getVisibility()));
    return configured;
  }
}
