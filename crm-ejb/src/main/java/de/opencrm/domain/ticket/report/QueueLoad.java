package de.opencrm.domain.ticket.report;

import java.io.Serializable;

/**
 * A queue now: its open tickets, those nobody holds, those waiting on the customer (their clocks
 * stand), those past an SLA warning but not yet in breach, and those whose target was missed.
 */
public record QueueLoad(
    long queueId,
    String queue,
    long open,
    long unassigned,
    long waiting,
    long atRisk,
    long breached)
    implements Serializable {}
