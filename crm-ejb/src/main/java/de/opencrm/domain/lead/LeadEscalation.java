package de.opencrm.domain.lead;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a new lead counts as left untouched: nobody started working on it (it is still New or only
 * Assigned) for longer than the company allows, and it was not escalated yet. Its owner's manager
 * then hears of it, once.
 */
public final class LeadEscalation {

  /** The statuses of a lead nobody has started on. */
  public static final Set<LeadStatus> UNTOUCHED = EnumSet.of(LeadStatus.NEW, LeadStatus.ASSIGNED);

  private LeadEscalation() {}

  /** A non-positive duration switches escalation off. */
  public static boolean isDue(
      LeadStatus status, Instant receivedAt, Instant escalatedAt, Instant now, Duration after) {
    return !after.isZero()
        && !after.isNegative()
        && escalatedAt == null
        && UNTOUCHED.contains(status)
        && !receivedAt.plus(after).isAfter(now);
  }
}
