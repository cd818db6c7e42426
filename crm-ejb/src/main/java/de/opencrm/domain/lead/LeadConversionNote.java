package de.opencrm.domain.lead;

import java.util.ArrayList;
import java.util.List;

/**
 * The journal entry a converted lead leaves on its account and contact: where the lead came from
 * (source, form, page, referrer, campaign), its score and status history, and what the person
 * wrote, so nothing the lead knew is lost when it becomes a customer. Written in German, the
 * language of the company's records.
 */
public final class LeadConversionNote {

  /** What the journal's outcome field holds. */
  static final int MAX_LENGTH = 4000;

  private LeadConversionNote() {}

  public static String subject(Lead lead) {
    String subject = "Aus Lead übernommen: " + lead.getPerson().fullName();
    return subject.length() > 200 ? subject.substring(0, 200) : subject;
  }

  public static String of(Lead lead) {
    LeadOrigin origin = lead.getOrigin();
    List<String> lines = new ArrayList<>();
    lines.add("Herkunft: " + origin.getSource().name());
    line(lines, "Formular", origin.getFormId());
    line(lines, "Seite", origin.getPageUrl());
    line(lines, "Verweis", origin.getReferrer());
    line(
        lines,
        "Kampagne (UTM)",
        join(
            origin.getUtmSource(),
            origin.getUtmMedium(),
            origin.getUtmCampaign(),
            origin.getUtmTerm(),
            origin.getUtmContent()));
    lines.add("Bewertung: " + lead.getScore() + ", Status vor der Übernahme: " + lead.getStatus());
    if (lead.getSubmissions() > 1) {
      lines.add("Formulare gesendet: " + lead.getSubmissions());
    }
    line(lines, "Nachricht", lead.getMessage());
    String text = String.join("\n", lines);
    return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
  }

  private static void line(List<String> lines, String label, String value) {
    if (value != null && !value.isBlank()) {
      lines.add(label + ": " + value);
    }
  }

  private static String join(String... parts) {
    List<String> present = new ArrayList<>();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        present.add(part);
      }
    }
    return String.join(" / ", present);
  }
}
