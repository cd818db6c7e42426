package de.opencrm.domain.lead.routing;

/**
 * A user a rule may give a lead to, as they stand at the moment of routing: whether they are absent
 * (the absence calendar), how many open leads they hold against their capacity (null: no limit),
 * their weight in a weighted team, and how many leads this rule gave them recently (for weighted
 * distribution).
 */
public record Candidate(
    long userId,
    String username,
    String displayName,
    boolean absent,
    int openLeads,
    Integer capacity,
    int weight,
    int recentlyRouted) {

  public Candidate {
    if (weight < 1) {
      throw new IllegalArgumentException("weight below 1 for " + username);
    }
  }

  /** An available user with no load, weight 1. */
  public static Candidate of(long userId, String username) {
    return new Candidate(userId, username, username, false, 0, null, 1, 0);
  }

  public boolean atCapacity() {
    return capacity != null && openLeads >= capacity;
  }

  /** Why this candidate cannot take a lead now; null when they can. */
  public CandidateVerdict.Outcome unavailability() {
    if (absent) {
      return CandidateVerdict.Outcome.ABSENT;
    }
    return atCapacity() ? CandidateVerdict.Outcome.AT_CAPACITY : null;
  }
}
