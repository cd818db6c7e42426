package de.opencrm.domain.lead.scoring;

import java.util.List;
import java.util.Optional;

/** The scoring rules (a company has a few dozen at most). */
public interface ScoringRuleRepository {

  List<ScoringRule> all();

  /** What the scorer applies: the active rules. */
  default List<ScoreCheck> activeChecks() {
    return all().stream().filter(ScoringRule::isActive).map(ScoringRule::check).toList();
  }

  Optional<ScoringRule> findById(long id);

  void add(ScoringRule rule);

  void remove(ScoringRule rule);
}
