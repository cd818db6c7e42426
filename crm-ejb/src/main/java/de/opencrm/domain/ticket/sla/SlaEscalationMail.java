package de.opencrm.domain.ticket.sla;

import de.opencrm.domain.ticket.Ticket;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The e-mail that tells the assignee a ticket's SLA target comes close, or the managers that it was
 * missed: which ticket, which target, when it is or was due, who has it, the link. German with an
 * English line below, like the CRM's other notices.
 */
public record SlaEscalationMail(String subject, String text) {

  private static final DateTimeFormatter GERMAN_TIME =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.GERMAN);

  public static SlaEscalationMail of(
      Ticket ticket, SlaEscalation.Target target, int level, Instant due, String url, ZoneId zone) {
    boolean first = target == SlaEscalation.Target.FIRST_RESPONSE;
    boolean breached = level == SlaEscalation.BREACHED;
    String what = first ? "Erste Antwort" : "Lösung";
    String whatEn = first ? "first response" : "resolution";
    String when = due == null ? "–" : GERMAN_TIME.format(due.atZone(zone));
    String who = ticket.getAssignee() == null ? "niemand" : ticket.getAssignee().getDisplayName();
    String subject =
        (breached ? "SLA verletzt: " : "SLA droht zu reißen: ")
            + ticket.getNumber()
            + " "
            + ticket.getSubject();
    String text =
        (breached
                ? "Die Frist für die " + what + " dieses Tickets ist überschritten."
                : "Die Frist für die " + what + " dieses Tickets läuft bald ab.")
            + "\n\nTicket:     "
            + ticket.getNumber()
            + " "
            + ticket.getSubject()
            + "\nFällig:     "
            + when
            + "\nPriorität:  "
            + ticket.getPriority()
            + "\nZuständig:  "
            + who
            + "\nQueue:      "
            + ticket.getQueue().getName()
            + "\n\nÖffnen: "
            + url
            + "\n\n-- \nThe "
            + whatEn
            + " target of ticket "
            + ticket.getNumber()
            + (breached ? " was missed" : " is close")
            + " (due "
            + when
            + ", assignee: "
            + who
            + ").\n";
    return new SlaEscalationMail(subject, text);
  }
}
