package de.opencrm.domain.ticket.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * A ticket against one SLA target: business time used and left (negative when overdue), the share
 * of the target used in percent, and when it falls due while the clock runs (none while paused or
 * once met).
 */
public record SlaStatus(
    SlaState state, Duration used, Duration remaining, int percent, Instant due) {}
