package de.opencrm.domain.ticket;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a ticket stands (Neu, Zugewiesen, In Bearbeitung, Wartet auf Kunde, Gelöst, Geschlossen)
 * and where it may go next. A closed ticket stays closed; a solved one may be opened again.
 */
public enum TicketStatus {
  NEW,
  ASSIGNED,
  IN_PROGRESS,
  WAITING_ON_CUSTOMER,
  SOLVED,
  CLOSED;

  public Set<TicketStatus> next() {
    return switch (this) {
      case NEW, ASSIGNED -> EnumSet.of(IN_PROGRESS, WAITING_ON_CUSTOMER, SOLVED, CLOSED);
      case IN_PROGRESS -> EnumSet.of(WAITING_ON_CUSTOMER, SOLVED, CLOSED);
      case WAITING_ON_CUSTOMER -> EnumSet.of(IN_PROGRESS, SOLVED, CLOSED);
      case SOLVED -> EnumSet.of(IN_PROGRESS, CLOSED);
      case CLOSED -> EnumSet.noneOf(TicketStatus.class);
    };
  }

  /** The statuses in which work is still to be done ({@link #isOpen()}), for queries. */
  public static Set<TicketStatus> open() {
    return EnumSet.of(NEW, ASSIGNED, IN_PROGRESS, WAITING_ON_CUSTOMER);
  }

  /** Whether work on the ticket is still to be done. */
  public boolean isOpen() {
    return this != SOLVED && this != CLOSED;
  }
}
