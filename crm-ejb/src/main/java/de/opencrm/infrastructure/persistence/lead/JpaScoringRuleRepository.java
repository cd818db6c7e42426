package de.opencrm.infrastructure.persistence.lead;

import de.opencrm.domain.lead.scoring.ScoringRule;
import de.opencrm.domain.lead.scoring.ScoringRuleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaScoringRuleRepository implements ScoringRuleRepository {

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public List<ScoringRule> all() {
    return em.createNamedQuery("ScoringRule.findAll", ScoringRule.class).getResultList();
  }

  @Override
  public Optional<ScoringRule> findById(long id) {
    return Optional.ofNullable(em.find(ScoringRule.class, id));
  }

  @Override
  public void add(ScoringRule rule) {
    em.persist(rule);
  }

  @Override
  public void remove(ScoringRule rule) {
    em.remove(rule);
  }
}
