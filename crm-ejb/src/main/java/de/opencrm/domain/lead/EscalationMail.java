package de.opencrm.domain.lead;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The e-mail that tells a manager a new lead waits for somebody to start on it: who, since when,
 * whose it is, and the link to it. German with an English line below, like the task reminders.
 */
public record EscalationMail(String subject, String text) {

  private static final DateTimeFormatter GERMAN_TIME =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.GERMAN);

  public static EscalationMail of(Lead lead, int hours, String leadUrl, ZoneId zone) {
    String who = lead.auditLabel();
    String owner = lead.getOwner() == null ? "niemand" : lead.getOwner().getDisplayName();
    String since = GERMAN_TIME.format(lead.getOrigin().getCapturedAt().atZone(zone));
    String subject = "Lead unbearbeitet: " + who;
    String text =
        "Dieser Lead wartet seit mehr als "
            + hours
            + " Stunden darauf, dass jemand ihn bearbeitet.\n\n"
            + "Lead:       "
            + who
            + "\nEingang:    "
            + since
            + "\nZuständig:  "
            + owner
            + "\nBewertung:  "
            + lead.getScore()
            + "\n\nÖffnen: "
            + leadUrl
            + "\n\n-- \nThe lead "
            + who
            + " (owner: "
            + owner
            + ") has waited more than "
            + hours
            + " hours for anybody to start on it.\n";
    return new EscalationMail(subject, text);
  }
}
