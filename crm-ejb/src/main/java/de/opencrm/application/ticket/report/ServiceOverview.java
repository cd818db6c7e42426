package de.opencrm.application.ticket.report;

import de.opencrm.domain.ticket.report.QueueLoad;
import de.opencrm.domain.ticket.report.Satisfaction;
import de.opencrm.domain.ticket.report.SlaCompliance;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The service overview: each queue's load and SLA state now; for the period from {@code from} to
 * today, the SLA targets kept by the solved tickets and the customers' satisfaction, each with its
 * total.
 */
public record ServiceOverview(
    List<QueueLoad> queues,
    LocalDate from,
    LocalDate to,
    List<SlaCompliance> compliance,
    SlaCompliance complianceTotal,
    List<Satisfaction> satisfaction,
    Satisfaction satisfactionTotal)
    implements Serializable {}
