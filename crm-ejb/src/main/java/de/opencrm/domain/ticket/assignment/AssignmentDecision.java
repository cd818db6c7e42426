package de.opencrm.domain.ticket.assignment;

import java.util.List;

/**
 * Whom a ticket goes to, by which policy and why: the reason as a message key with its arguments,
 * and who was passed over (absent or at capacity). No agent when none is available.
 */
public record AssignmentDecision(
    Long agentId,
    AssignmentPolicy policy,
    String reason,
    List<Object> arguments,
    List<String> skipped) {

  public AssignmentDecision {
    arguments = List.copyOf(arguments);
    skipped = List.copyOf(skipped);
  }

  public boolean assigned() {
    return agentId != null;
  }
}
