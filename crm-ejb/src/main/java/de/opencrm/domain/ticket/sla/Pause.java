package de.opencrm.domain.ticket.sla;

import java.time.Instant;

/** A span in which the SLA clock stood still (waiting on the customer); open while it lasts. */
public record Pause(Instant from, Instant to) {

  public static Pause since(Instant from) {
    return new Pause(from, null);
  }

  public boolean isOpen() {
    return to == null;
  }
}
