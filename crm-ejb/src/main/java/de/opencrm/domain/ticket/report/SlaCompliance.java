package de.opencrm.domain.ticket.report;

import de.opencrm.domain.ticket.TicketPriority;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tickets of a queue and priority solved in a period, and how many of them missed their first
 * response or resolution target (as the SLA clocks measured them in business time).
 */
public record SlaCompliance(
    String queue,
    TicketPriority priority,
    long solved,
    long firstResponseMissed,
    long resolutionMissed)
    implements Serializable {

  /** Share of the solved tickets that got their first answer in time, in percent. */
  public BigDecimal firstResponseKept() {
    return Percent.of(solved - firstResponseMissed, solved);
  }

  /** Share of the solved tickets solved in time, in percent. */
  public BigDecimal resolutionKept() {
    return Percent.of(solved - resolutionMissed, solved);
  }

  /** The rows added up per queue (priority null), in the order the queues first appear. */
  public static List<SlaCompliance> byQueue(List<SlaCompliance> rows) {
    Map<String, List<SlaCompliance>> queues = new LinkedHashMap<>();
    rows.forEach(r -> queues.computeIfAbsent(r.queue(), q -> new ArrayList<>()).add(r));
    return queues.entrySet().stream()
        .map(
            e -> {
              SlaCompliance sum = total(e.getValue());
              return new SlaCompliance(
                  e.getKey(),
                  null,
                  sum.solved(),
                  sum.firstResponseMissed(),
                  sum.resolutionMissed());
            })
        .toList();
  }

  /** The rows added up: every queue and priority together (queue and priority null). */
  public static SlaCompliance total(List<SlaCompliance> rows) {
    return new SlaCompliance(
        null,
        null,
        rows.stream().mapToLong(SlaCompliance::solved).sum(),
        rows.stream().mapToLong(SlaCompliance::firstResponseMissed).sum(),
        rows.stream().mapToLong(SlaCompliance::resolutionMissed).sum());
  }
}
