package de.opencrm.domain.lead.capture;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.domain.audit.AuditChannel;
import de.opencrm.domain.lead.LeadSource;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReceivedLeadTest {

  private static final Instant NOW = Instant.parse("2026-11-24T09:30:00Z");

  @Test
  void keepsEveryFieldOfTheSubmissionAsItWasAccepted() {
    Map<String, String> fields =
        Map.ofEntries(
            Map.entry("name", "Jana Maria Jäger"),
            Map.entry("email", "jana@example.com"),
            Map.entry("phone", "+49 221 123456"),
            Map.entry("company", "Jäger \"Logistik\" GmbH"),
            Map.entry("job_title", "Einkaufsleiterin"),
            Map.entry("street", "Hohe Straße 1"),
            Map.entry("plz", "50667"),
            Map.entry("city", "Köln"),
            Map.entry("country", "de"),
            Map.entry("industry", "Logistik"),
            Map.entry("message", "Bitte um Rückruf\nam Vormittag"),
            Map.entry("language", "DE"),
            Map.entry("form_id", "kontakt"),
            Map.entry("page_url", "https://www.example.com/kontakt"),
            Map.entry("utm_source", "newsletter"),
            Map.entry("utm_medium", "email"),
            Map.entry("utm_campaign", "herbst"),
            Map.entry("utm_term", "crm"),
            Map.entry("utm_content", "banner"));
    WebLeadSubmission accepted = WebLeadSubmission.read(fields::get).submission();

    ReceivedLead received =
        new ReceivedLead(
            accepted,
            LeadSource.WEB_FORM,
            "https://www.example.com/",
            AuditChannel.API,
            "203.0.113.7",
            "key-1",
            NOW);

    assertThat(received.submission()).isEqualTo(accepted);
    assertThat(received.submission().firstName()).isEqualTo("Jana Maria");
    assertThat(received.getChannel()).isEqualTo(AuditChannel.API);
    assertThat(received.getAddress()).isEqualTo("203.0.113.7");
    assertThat(received.getIdempotencyKey()).isEqualTo("key-1");
    assertThat(received.getReceivedAt()).isEqualTo(NOW);
  }

  @Test
  void countsFailedAttemptsUntilTheAdministratorRetries() {
    ReceivedLead received =
        new ReceivedLead(
            WebLeadSubmission.read(Map.of("lastName", "Jäger", "phone", "1")::get).submission(),
            LeadSource.API,
            null,
            null,
            null,
            null,
            NOW);

    for (int i = 0; i < ReceivedLead.MAX_ATTEMPTS; i++) {
      received.failed("x".repeat(1500), NOW);
    }

    assertThat(received.getAttempts()).isEqualTo(ReceivedLead.MAX_ATTEMPTS);
    assertThat(received.getFailure()).hasSize(1000);
    received.retry();
    assertThat(received.getAttempts()).isZero();
  }
}
