package de.opencrm.domain.lead.routing;

import java.util.List;

/**
 * Who gets a lead and why: the rule that fired (none when the default owner took it, or nobody at
 * all), how its candidates fared, and the earlier rules that matched but had nobody available.
 */
public record RoutingDecision(
    Candidate owner,
    Long ruleId,
    String ruleName,
    Distribution distribution,
    List<CandidateVerdict> verdicts,
    List<String> matchedWithoutCandidate,
    boolean byDefault) {

  public RoutingDecision {
    verdicts = List.copyOf(verdicts);
    matchedWithoutCandidate = List.copyOf(matchedWithoutCandidate);
  }

  public boolean assigned() {
    return owner != null;
  }
}
