package de.opencrm.infrastructure.persistence.admin;

import de.opencrm.domain.admin.Team;
import de.opencrm.domain.admin.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTeamRepository implements TeamRepository {

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public Optional<Team> findById(long id) {
    return Optional.ofNullable(em.find(Team.class, id));
  }

  @Override
  public Optional<Team> findByName(String name) {
    return em.createNamedQuery("Team.findByName", Team.class)
        .setParameter("name", name.strip())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Team> listAll() {
    return em.createNamedQuery("Team.findAll", Team.class).getResultList();
  }

  @Override
  public Team add(Team team) {
    em.persist(team);
    return team;
  }
}
