package de.opencrm.domain.lead.routing;

import de.opencrm.domain.admin.User;
import de.opencrm.domain.lead.LeadSettings;
import java.util.List;
import java.util.Optional;

/** The routing rules in their order, the people they route to, and the lead settings. */
public interface RoutingRuleRepository {

  /** Every rule, in order, for the administrator's list. */
  List<RoutingRule> allInOrder();

  /**
   * The active rules in order, locked until the transaction ends, so concurrent leads take turns in
   * round robin instead of both going to the same person.
   */
  List<RoutingRule> activeInOrderForRouting();

  Optional<RoutingRule> findById(long id);

  RoutingRule add(RoutingRule rule);

  void remove(RoutingRule rule);

  /** The active members of a team, by id. */
  List<User> activeMembersOf(long teamId);

  LeadSettings settings();

  /**
   * Active users who take leads by a rule or as default owner, or have a capacity or weight set.
   */
  List<User> leadTakers(int limit);
}
