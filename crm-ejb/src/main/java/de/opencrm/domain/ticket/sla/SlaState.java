package de.opencrm.domain.ticket.sla;

/** Where a ticket stands against one SLA target. */
public enum SlaState {
  /** Running, below the warning threshold. */
  RUNNING,
  /** Running, past the warning threshold. */
  WARNING,
  /** Past the target, met or not. */
  BREACHED,
  /** Stopped while the ticket waits on the customer. */
  PAUSED,
  /** Met in time. */
  MET
}
