package de.opencrm.infrastructure.persistence.lead;

import de.opencrm.domain.lead.Absence;
import de.opencrm.domain.lead.AbsenceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaAbsenceRepository implements AbsenceRepository {

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public List<Absence> currentAndComing(LocalDate from, int limit) {
    return em.createQuery(
            "SELECT a FROM Absence a JOIN FETCH a.user WHERE a.lastDay >= :from"
                + " ORDER BY a.firstDay, a.id",
            Absence.class)
        .setParameter("from", from)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Optional<Absence> findById(long id) {
    return Optional.ofNullable(em.find(Absence.class, id));
  }

  @Override
  public Absence add(Absence absence) {
    em.persist(absence);
    return absence;
  }

  @Override
  public void remove(Absence absence) {
    em.remove(absence);
  }

  @Override
  public Set<Long> absentOn(Collection<Long> userIds, LocalDate day) {
    if (userIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(
                "SELECT DISTINCT a.user.id FROM Absence a WHERE a.user.id IN :users"
                    + " AND a.firstDay <= :day AND a.lastDay >= :day",
                Long.class)
            .setParameter("users", userIds)
            .setParameter("day", day)
            .getResultList());
  }
}
