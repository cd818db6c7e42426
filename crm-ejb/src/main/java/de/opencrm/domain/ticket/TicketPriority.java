package de.opencrm.domain.ticket;

/** How urgent a ticket is (Niedrig, Normal, Hoch, Dringend). */
public enum TicketPriority {
  LOW,
  NORMAL,
  HIGH,
  URGENT
}
