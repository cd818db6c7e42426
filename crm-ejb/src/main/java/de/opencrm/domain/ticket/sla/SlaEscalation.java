package de.opencrm.domain.ticket.sla;

import de.opencrm.domain.ticket.TicketPriority;
import java.util.EnumSet;
import java.util.Set;

/**
 * What happens when a ticket's SLA clock reaches a threshold, once per clock and level. At the
 * warning share the assignee is told (or, without one, the managers). At the breach the managers
 * are told, the priority goes up a step (unless urgent already) and the ticket goes back to its
 * queue's policy when nobody who is there has it.
 */
public final class SlaEscalation {

  /** The SLA clocks of a ticket. */
  public enum Target {
    FIRST_RESPONSE,
    RESOLUTION
  }

  /** A threshold's level: the warning share, the target itself. */
  public static final int WARNED = 1;

  public static final int BREACHED = 2;

  /** What the escalation does. */
  public enum Action {
    NOTIFY_ASSIGNEE,
    NOTIFY_MANAGERS,
    RAISE_PRIORITY,
    REASSIGN
  }

  private SlaEscalation() {}

  /**
   * The actions for a level reached.
   *
   * @param assigneePresent whether the ticket has an assignee who is active and not absent today
   */
  public static Set<Action> actions(int level, TicketPriority priority, boolean assigneePresent) {
    Set<Action> actions = EnumSet.noneOf(Action.class);
    if (level == WARNED) {
      actions.add(assigneePresent ? Action.NOTIFY_ASSIGNEE : Action.NOTIFY_MANAGERS);
      return actions;
    }
    actions.add(Action.NOTIFY_MANAGERS);
    if (priority != TicketPriority.URGENT) {
      actions.add(Action.RAISE_PRIORITY);
    }
    if (!assigneePresent) {
      actions.add(Action.REASSIGN);
    }
    return actions;
  }

  /** The next priority up; urgent stays urgent. */
  public static TicketPriority raised(TicketPriority priority) {
    return switch (priority) {
      case LOW -> TicketPriority.NORMAL;
      case NORMAL -> TicketPriority.HIGH;
      case HIGH, URGENT -> TicketPriority.URGENT;
    };
  }
}
