package de.opencrm.domain.lead.routing;

import java.util.ArrayList;
import java.util.List;

/**
 * Lead routing as a sales organisation configures it: the rules in their order, the first that
 * matches the lead and has someone available wins; absent members and members at their capacity are
 * skipped, a rule whose people are all unavailable lets the next rule try; when no rule takes the
 * lead the default owner gets it (if they are available, else it stays unassigned for someone to
 * pick up).
 */
public final class LeadRouter {

  private LeadRouter() {}

  public static RoutingDecision route(
      LeadFacts lead, List<RoutableRule> rules, Candidate defaultOwner) {
    List<String> matchedWithoutCandidate = new ArrayList<>();
    for (RoutableRule rule : rules) {
      if (!rule.conditions().matches(lead)) {
        continue;
      }
      List<Candidate> available =
          rule.candidates().stream().filter(c -> c.unavailability() == null).toList();
      if (available.isEmpty()) {
        matchedWithoutCandidate.add(rule.name());
        continue;
      }
      Candidate chosen = rule.distribution().pick(available, rule.lastAssigned());
      return new RoutingDecision(
          chosen,
          rule.id(),
          rule.name(),
          rule.distribution(),
          verdicts(rule.candidates(), chosen),
          matchedWithoutCandidate,
          false);
    }
    Candidate owner =
        defaultOwner == null || defaultOwner.unavailability() != null ? null : defaultOwner;
    List<CandidateVerdict> verdicts =
        defaultOwner == null ? List.of() : verdicts(List.of(defaultOwner), owner);
    return new RoutingDecision(owner, null, null, null, verdicts, matchedWithoutCandidate, true);
  }

  private static List<CandidateVerdict> verdicts(List<Candidate> candidates, Candidate chosen) {
    return candidates.stream()
        .map(
            c -> {
              CandidateVerdict.Outcome unavailable = c.unavailability();
              if (unavailable != null) {
                return CandidateVerdict.of(c, unavailable);
              }
              return CandidateVerdict.of(
                  c,
                  chosen != null && c.userId() == chosen.userId()
                      ? CandidateVerdict.Outcome.CHOSEN
                      : CandidateVerdict.Outcome.PASSED_OVER);
            })
        .toList();
  }
}
