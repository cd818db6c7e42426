package de.opencrm.domain.ticket.sla;

import java.time.Instant;

/** When a running SLA clock reaches its warning share and its target; none while it stands. */
public record SlaDeadlines(Instant warnAt, Instant dueAt) {

  public static final SlaDeadlines NONE = new SlaDeadlines(null, null);
}
