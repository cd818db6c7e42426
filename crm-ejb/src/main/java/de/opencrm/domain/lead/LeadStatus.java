package de.opencrm.domain.lead;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a lead stands: New (nobody has it yet) → Assigned (routed to an owner) → Working → MQL
 * (marketing qualified, reached by score) → SQL (sales accepted it) → Converted; or Disqualified
 * with a reason, or Recycled (back to marketing for later).
 */
public enum LeadStatus {
  NEW,
  ASSIGNED,
  WORKING,
  MQL,
  SQL,
  CONVERTED,
  DISQUALIFIED,
  RECYCLED;

  /** The statuses of a lead someone still has to work on: what counts towards an owner's load. */
  public static final Set<LeadStatus> OPEN = EnumSet.of(NEW, ASSIGNED, WORKING, MQL, SQL);

  public boolean isOpen() {
    return OPEN.contains(this);
  }

  /** Whether a user may move a lead from this status to {@code next} by hand. */
  public boolean mayMoveTo(LeadStatus next) {
    switch (this) {
      case NEW:
      case ASSIGNED:
        return next == WORKING || next == DISQUALIFIED || next == RECYCLED;
      case WORKING:
        return next == DISQUALIFIED || next == RECYCLED;
      case MQL:
        return next == SQL || next == DISQUALIFIED || next == RECYCLED;
      case SQL:
        return next == DISQUALIFIED || next == RECYCLED;
      case RECYCLED:
        return next == WORKING;
      default:
        return false;
    }
  }
}
