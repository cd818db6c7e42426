package de.opencrm.domain.lead.routing;

import java.util.Comparator;
import java.util.List;

/** How a team rule picks one of its available members. */
public enum Distribution {
  /** In turn: the next member after the one who got the rule's last lead. */
  ROUND_ROBIN {
    @Override
    Candidate pick(List<Candidate> available, Long lastAssigned) {
      if (lastAssigned != null) {
        for (Candidate candidate : available) {
          if (candidate.userId() > lastAssigned) {
            return candidate;
          }
        }
      }
      return available.get(0);
    }
  },
  /** The member holding the fewest open leads; on a tie, in turn. */
  LEAST_OPEN {
    @Override
    Candidate pick(List<Candidate> available, Long lastAssigned) {
      int fewest = available.stream().mapToInt(Candidate::openLeads).min().orElseThrow();
      return ROUND_ROBIN.pick(
          available.stream().filter(c -> c.openLeads() == fewest).toList(), lastAssigned);
    }
  },
  /**
   * By weight: a member of weight 2 gets twice the leads of one of weight 1 over time; the member
   * furthest below their share of the rule's recent leads goes next.
   */
  WEIGHTED {
    @Override
    Candidate pick(List<Candidate> available, Long lastAssigned) {
      return available.stream()
          .min(
              Comparator.comparingDouble((Candidate c) -> (c.recentlyRouted() + 1.0) / c.weight())
                  .thenComparing(c -> -c.weight())
                  .thenComparingLong(Candidate::userId))
          .orElseThrow();
    }
  };

  /**
   * Picks from the available members (at least one, ordered by user id) given who got the rule's
   * previous lead.
   */
  abstract Candidate pick(List<Candidate> available, Long lastAssigned);
}
