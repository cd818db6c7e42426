package de.opencrm.domain.ticket.mail;

/** What became of a mail from the service mailbox; each is kept in the mailbox's log. */
public enum IntakeOutcome {
  /** A person wrote about something new: a ticket was opened. */
  NEW_TICKET,
  /** A person answered a ticket: the mail joined its thread (waiting or solved tickets reopen). */
  ADDED_TO_TICKET,
  /** A machine answered a ticket (an out-of-office notice): kept in the thread, nothing changes. */
  AUTOMATIC_ADDED,
  /** A machine wrote and it answers no open ticket: no ticket, no answer. */
  AUTOMATIC_IGNORED,
  /** The sender opened too many tickets within the hour: kept in the log, no ticket. */
  THROTTLED,
  /** Larger than the mailbox accepts: kept in the log, not read. */
  TOO_LARGE,
  /** The mail could not be read: kept in the log with the reason. */
  MALFORMED;

  /** Whether the mail became part of a ticket. */
  public boolean onTicket() {
    return this == NEW_TICKET || this == ADDED_TO_TICKET || this == AUTOMATIC_ADDED;
  }
}
