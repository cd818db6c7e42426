package de.opencrm.domain.ticket.mail;

import de.opencrm.domain.ticket.TicketStatus;

/**
 * Decides what a readable inbound mail becomes. A mail answering a ticket that is not closed joins
 * its thread; a closed ticket stays closed, so a person's answer to it opens a new one. A machine's
 * mail never opens a ticket; a person opening more tickets within the hour than allowed is held
 * back (a script or a loop with another helpdesk, not a customer).
 */
public final class MailIntakeRule {

  private MailIntakeRule() {}

  /**
   * @param automatic whether a machine sent the mail ({@link AutomaticMail})
   * @param answered the status of the ticket the mail answers, or null when it answers none
   * @param openedBySenderLastHour tickets the sender's mails opened within the last hour
   * @param limitPerHour how many the sender may open within an hour
   */
  public static IntakeOutcome decide(
      boolean automatic, TicketStatus answered, int openedBySenderLastHour, int limitPerHour) {
    boolean threads = answered != null && answered != TicketStatus.CLOSED;
    if (automatic) {
      return threads ? IntakeOutcome.AUTOMATIC_ADDED : IntakeOutcome.AUTOMATIC_IGNORED;
    }
    if (threads) {
      return IntakeOutcome.ADDED_TO_TICKET;
    }
    return openedBySenderLastHour >= limitPerHour
        ? IntakeOutcome.THROTTLED
        : IntakeOutcome.NEW_TICKET;
  }
}
