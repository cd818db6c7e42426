package de.opencrm.domain.lead.routing;

import de.opencrm.domain.admin.User;
import de.opencrm.domain.lead.LeadSettings;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The routing rules in their order, the people they route to, and the lead settings. */
public interface RoutingRuleRepository {

  /** Every rule, in order, for the administrator's list. */
  List<RoutingRule> allInOrder();

  /** The active rules in order, with the user or team each gives its leads to. */
  List<RoutingRule> activeInOrder();

  Optional<RoutingRule> findById(long id);

  RoutingRule add(RoutingRule rule);

  void remove(RoutingRule rule);

  /** The active members of these teams, each team's by user id; a team without any is left out. */
  Map<Long, List<User>> activeMembersOf(Collection<Long> teamIds);

  LeadSettings settings();

  /**
   * Active users who take leads by a rule or as default owner, or have a capacity or weight set.
   */
  List<User> leadTakers(int limit);
}
