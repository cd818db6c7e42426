package de.opencrm.domain.ticket.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses the agent of a queue a new ticket goes to, by the queue's policy, among the agents who
 * are present and below their capacity. Ties go to the agent first in the queue's order, so the
 * same situation always gives the same decision.
 */
public final class TicketAssigner {

  private TicketAssigner() {}

  /**
   * @param agents the queue's agents in their order
   * @param lastAssigned who got the queue's previous ticket by round robin, if anyone
   * @param category the ticket's category, if any
   * @param language the customer's language, if known ("de", "en")
   */
  public static AssignmentDecision assign(
      AssignmentPolicy policy,
      List<Agent> agents,
      Long lastAssigned,
      String category,
      String language) {
    List<Agent> available = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (Agent agent : agents) {
      if (agent.available()) {
        available.add(agent);
      } else {
        skipped.add(agent.name());
      }
    }
    if (available.isEmpty()) {
      return new AssignmentDecision(null, policy, "assignment.noneAvailable", List.of(), skipped);
    }
    return switch (policy) {
      case ROUND_ROBIN -> roundRobin(available, agents, lastAssigned, skipped);
      case LEAST_OPEN -> {
        Agent least = available.stream().min(byLoad()).orElseThrow();
        yield new AssignmentDecision(
            least.id(), policy, "assignment.leastOpen", List.of(least.openTickets()), skipped);
      }
      case SKILLS -> skills(available, category, language, skipped);
    };
  }

  private static AssignmentDecision roundRobin(
      List<Agent> available, List<Agent> all, Long lastAssigned, List<String> skipped) {
    int last = -1;
    for (int i = 0; i < all.size(); i++) {
      if (lastAssigned != null && all.get(i).id() == lastAssigned) {
        last = i;
      }
    }
    for (int step = 1; step <= all.size(); step++) {
      Agent next = all.get((last + step) % all.size());
      if (available.contains(next)) {
        return new AssignmentDecision(
            next.id(), AssignmentPolicy.ROUND_ROBIN, "assignment.roundRobin", List.of(), skipped);
      }
    }
    throw new IllegalStateException("an available agent was not found in the queue");
  }

  private static AssignmentDecision skills(
      List<Agent> available, String category, String language, List<String> skipped) {
    Agent best =
        available.stream()
            .min(
                Comparator.comparingInt((Agent a) -> -a.fit(category, language))
                    .thenComparing(byLoad()))
            .orElseThrow();
    return new AssignmentDecision(
        best.id(),
        AssignmentPolicy.SKILLS,
        "assignment.skills",
        List.of(best.fit(category, language), best.openTickets()),
        skipped);
  }

  /** Fewest open tickets first; the stream keeps the queue's order among equals. */
  private static Comparator<Agent> byLoad() {
    return Comparator.comparingInt(Agent::openTickets);
  }
}
