package de.opencrm.infrastructure.persistence;

import de.opencrm.domain.admin.User;
import de.opencrm.domain.lead.LeadSettings;
import de.opencrm.domain.lead.routing.RoutingRule;
import de.opencrm.domain.lead.routing.RoutingRuleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRoutingRuleRepository implements RoutingRuleRepository {

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public List<RoutingRule> allInOrder() {
    return em.createNamedQuery("RoutingRule.findAllInOrder", RoutingRule.class).getResultList();
  }

  @Override
  public List<RoutingRule> activeInOrderForRouting() {
    return em.createQuery(
            "SELECT r FROM RoutingRule r WHERE r.active = TRUE ORDER BY r.sortOrder, r.id",
            RoutingRule.class)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
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
  public List<User> activeMembersOf(long teamId) {
    return em.createQuery(
            "SELECT u FROM User u WHERE u.team.id = :team AND u.active = TRUE ORDER BY u.id",
            User.class)
        .setParameter("team", teamId)
        .getResultList();
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
