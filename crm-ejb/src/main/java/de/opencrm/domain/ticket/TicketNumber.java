package de.opencrm.domain.ticket;

import de.opencrm.domain.common.NumberRange;

/** Ticket numbers as customers quote them: T-2026-000123, the year's 123rd ticket. */
public final class TicketNumber {

  private TicketNumber() {}

  public static String text(NumberRange.Taken taken) {
    return String.format("T-%d-%06d", taken.year(), taken.sequence());
  }
}
