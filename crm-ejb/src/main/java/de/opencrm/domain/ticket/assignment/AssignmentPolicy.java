package de.opencrm.domain.ticket.assignment;

/** How a queue hands its new tickets to its agents. */
public enum AssignmentPolicy {
  /** In turn, after the agent who got the last one. */
  ROUND_ROBIN,
  /** To whoever has the fewest open tickets. */
  LEAST_OPEN,
  /** To whoever knows the ticket's category and language best, then the least loaded. */
  SKILLS
}
