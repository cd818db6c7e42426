package de.opencrm.application.ticket.admin;

import de.opencrm.domain.account.CustomerTier;
import de.opencrm.domain.ticket.TicketPriority;

/** An SLA policy: targets in business minutes by priority and customer tier, the warning share. */
public record SlaPolicyRow(
    long id,
    long version,
    TicketPriority priority,
    CustomerTier tier,
    int firstResponseMinutes,
    int resolutionMinutes,
    int warnPercent) {}
