package de.opencrm.domain.lead.routing;

import java.util.Comparator;
import java.util.List;

/**
 * A routing rule with the people it may give a lead to, as they stand now: one named user, or the
 * members of a team with the way the team shares its leads. {@code lastAssigned} is the user who
 * got the rule's previous lead (round robin goes on after them).
 */
public record RoutableRule(
    long id,
    String name,
    RoutingConditions conditions,
    Distribution distribution,
    List<Candidate> candidates,
    Long lastAssigned) {

  public RoutableRule {
    candidates = candidates.stream().sorted(Comparator.comparingLong(Candidate::userId)).toList();
  }
}
