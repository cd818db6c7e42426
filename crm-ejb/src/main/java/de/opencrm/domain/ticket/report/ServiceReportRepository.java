package de.opencrm.domain.ticket.report;

import java.time.Instant;
import java.util.List;

/** The service figures, counted by the database (never by loading the tickets). */
public interface ServiceReportRepository {

  /** Every queue with its open tickets and their SLA state at {@code now}, by queue name. */
  List<QueueLoad> queueLoad(Instant now);

  /** The tickets solved from {@code from} (inclusive) to {@code to}, by queue and priority. */
  List<SlaCompliance> compliance(Instant from, Instant to);

  /** The survey answers given from {@code from} to {@code to}, by queue. */
  List<Satisfaction> satisfaction(Instant from, Instant to);
}
