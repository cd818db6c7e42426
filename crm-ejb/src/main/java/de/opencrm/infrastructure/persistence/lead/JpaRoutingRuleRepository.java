package de.opencrm.infrastructure.persistence.lead;

import de.opencrm.domain.admin.User;
import de.opencrm.domain.lead.LeadSettings;
import de.opencrm.domain.lead.routing.RoutingRule;
import de.opencrm.domain.lead.routing.RoutingRuleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaRoutingRuleRepository implements RoutingRuleRepository {

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public List<RoutingRule> allInOrder() {
    return em.createNamedQuery("RoutingRule.findAllInOrder", RoutingRule.class).getResultList();
  }

  @Override
  public List<RoutingRule> activeInOrder() {
    return em.createQuery(
            "SELECT r FROM RoutingRule r LEFT JOIN FETCH r.targetUser LEFT JOIN FETCH r.targetTeam"
                + " WHERE r.active = TRUE ORDER BY r.sortOrder, r.id",
            RoutingRule.class)
        .getResultList();
  }

  @Override
  public Optional<RoutingRule> findById(long id) {
    return Optional.ofNullable(em.find(RoutingRule.class, id));
  }

  @Override
  public RoutingRule add(RoutingRule rule) {
    em.persist(rule);
    return rule;
  }

  @Override
  public void remove(RoutingRule rule) {
    em.remove(rule);
  }

  @Override
  public Map<Long, List<User>> activeMembersOf(Collection<Long> teamIds) {
    if (teamIds.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery(
            "SELECT u.team.id, u FROM User u WHERE u.team.id IN :teams AND u.active = TRUE"
                + " ORDER BY u.id",
            Object[].class)
        .setParameter("teams", teamIds)
        .getResultList()
        .stream()
        .collect(
            Collectors.groupingBy(
                r -> (Long) r[0], Collectors.mapping(r -> (User) r[1], Collectors.toList())));
  }

  @Override
  public List<User> leadTakers(int limit) {
    return em.createQuery(
            "SELECT u FROM User u WHERE u.active = TRUE AND (u.leadCapacity IS NOT NULL"
                + " OR u.leadWeight <> 1"
                + " OR u.id IN (SELECT r.targetUser.id FROM RoutingRule r WHERE r.targetUser IS NOT NULL)"
                + " OR u.team.id IN (SELECT r.targetTeam.id FROM RoutingRule r WHERE r.targetTeam IS NOT NULL)"
                + " OR u.id IN (SELECT s.defaultOwner.id FROM LeadSettings s WHERE s.defaultOwner IS NOT NULL))"
                + " ORDER BY u.displayName, u.id",
            User.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public LeadSettings settings() {
    return em.find(LeadSettings.class, LeadSettings.ID);
  }
}
