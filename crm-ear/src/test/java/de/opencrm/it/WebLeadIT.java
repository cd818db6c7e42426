package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.application.lead.LeadService;
import de.opencrm.application.lead.capture.WebLeadCaptureService;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.lead.LeadRow;
import de.opencrm.domain.lead.LeadSource;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public web-to-lead endpoint over real HTTP, without a login: a form post and a JSON post
 * become routed leads with their origin, bad input gets problem details naming the fields, a bot
 * filling the honeypot is told "received" and nothing is stored, oversized bodies get 413 and a
 * client sending too much in a minute gets 429 with Retry-After, and a retry with the same
 * Idempotency-Key creates no second lead. (All posts come from one address, so the rate limit is
 * tried last.)
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebLeadIT {

  private static final URI ENDPOINT = URI.create("http://127.0.0.1:8080/crm/api/v1/web-leads");
  // the same in the test JVM and in the server (the database is new for every run)
  private static final String TAG = "webleadit";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(WebLeadIT.class);
  }

  @jakarta.inject.Inject LeadService leads;
  @jakarta.inject.Inject WebLeadCaptureService capture;

  @jakarta.annotation.Resource(lookup = "java:jboss/datasources/CrmDS")
  DataSource database;

  private static HttpResponse<String> post(String type, String body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(ENDPOINT)
            .header("Content-Type", type)
            .header("Referer", "https://www.beispiel.de/kontakt?utm_source=google")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String form(Map<String, String> fields) {
    StringBuilder body = new StringBuilder();
    fields.forEach(
        (k, v) ->
            body.append(body.length() == 0 ? "" : "&")
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return body.toString();
  }

  private List<LeadRow> found(String text) throws Exception {
    LeadInbox.drained(capture);
    return As.user("marketing", "demo")
        .call(() -> leads.listLeads(new PageRequest(0, 10, null, true, text)).rows());
  }

  @Test
  @Order(1)
  @RunAsClient
  void aFormPostAndAJsonPostAreAcknowledged() throws Exception {
    HttpResponse<String> byForm =
        post(
            "application/x-www-form-urlencoded",
            form(
                Map.of(
                    "first_name", "Paula",
                    "last_name", "Formular" + TAG,
                    "email", "paula." + TAG.toLowerCase() + "@beispiel.de",
                    "company", "Isar Kältetechnik GmbH",
                    "postal_code", "80331",
                    "form_id", "kontakt",
                    "utm_campaign", "herbst")));
    assertThat(byForm.statusCode()).as(byForm.body()).isEqualTo(202);
    assertThat(byForm.body()).contains("\"received\":true");

    HttpResponse<String> byJson =
        post(
            "application/json",
            "{\"firstName\":\"Jonas\",\"lastName\":\"Json"
                + TAG
                + "\",\"email\":\"jonas."
                + TAG.toLowerCase()
                + "@beispiel.de\","
                + "\"postalCode\":\"20095\",\"company\":\"Hanse <b>Handel</b>\"}");
    assertThat(byJson.statusCode()).as(byJson.body()).isEqualTo(202);
  }

  @Test
  @Order(2)
  void theLeadsAreStoredWithTheirOriginAndRouted() throws Exception {
    List<LeadRow> formLead = found("Formular" + TAG);
    assertThat(formLead).hasSize(1);
    assertThat(formLead.get(0).source()).isEqualTo(LeadSource.WEB_FORM);
    assertThat(formLead.get(0).ownerName()).as("PLZ 8: Vertrieb Süd").isEqualTo("Sabine Sommer");
    var detail = As.user("marketing", "demo").call(() -> leads.loadLead(formLead.get(0).id()));
    assertThat(detail.lead().getOrigin().getFormId()).isEqualTo("kontakt");
    assertThat(detail.lead().getOrigin().getUtmCampaign()).isEqualTo("herbst");
    assertThat(detail.lead().getOrigin().getReferrer())
        .isEqualTo("https://www.beispiel.de/kontakt?utm_source=google");
    assertThat(detail.routingRule()).isEqualTo("Süddeutschland (PLZ 5–9)");

    List<LeadRow> jsonLead = found("Json" + TAG);
    assertThat(jsonLead).hasSize(1);
    assertThat(jsonLead.get(0).source()).isEqualTo(LeadSource.API);
    assertThat(jsonLead.get(0).company()).as("markup stays text").isEqualTo("Hanse <b>Handel</b>");
  }

  @Test
  @Order(3)
  @RunAsClient
  void badInputGetsProblemDetailsNamingEachField() throws Exception {
    HttpResponse<String> bad =
        post("application/json", "{\"email\":\"kein-mail\",\"country\":\"Deutschland\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(bad.body())
        .contains("\"field\":\"lastName\"")
        .contains("\"field\":\"email\"")
        .contains("\"field\":\"country\"")
        .contains("\"status\":400");

    assertThat(post("application/json", "{kaputt").statusCode()).isEqualTo(400);
    assertThat(post("application/json", "[1,2]").statusCode()).isEqualTo(400);
    HttpResponse<String> wrongType = post("text/plain", "Hallo");
    assertThat(wrongType.statusCode()).isEqualTo(415);
    assertThat(wrongType.body()).contains("\"status\":415").doesNotContain("Exception");
    HttpResponse<String> huge =
        post("application/json", "{\"message\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}");
    assertThat(huge.statusCode()).isEqualTo(413);
  }

  @Test
  @Order(4)
  @RunAsClient
  void aBotFillingTheHoneypotIsToldReceivedAndNothingIsStored() throws Exception {
    HttpResponse<String> bot =
        post(
            "application/x-www-form-urlencoded",
            form(
                Map.of(
                    "last_name",
                    "Bot" + TAG,
                    "email",
                    "bot@spam.example",
                    "website",
                    "http://spam.example")));
    assertThat(bot.statusCode()).isEqualTo(202);
  }

  @Test
  @Order(5)
  void theBotsLeadIsNotThere() throws Exception {
    assertThat(found("Bot" + TAG)).isEmpty();
  }

  @Test
  @Order(6)
  @RunAsClient
  void aRetryWithTheSameIdempotencyKeyCreatesNoSecondLead() throws Exception {
    String body =
        "{\"lastName\":\"Nochmal"
            + TAG
            + "\",\"email\":\"retry."
            + TAG.toLowerCase()
            + "@beispiel.de\"}";
    HttpResponse<String> first = postWithKey(body, "lead-" + TAG + "-1");
    HttpResponse<String> again = postWithKey(body, "lead-" + TAG + "-1");
    assertThat(first.statusCode()).isEqualTo(202);
    assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(again.statusCode()).isEqualTo(202);
    assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(postWithKey(body, "mit leerzeichen").statusCode()).isEqualTo(400);
  }

  @Test
  @Order(7)
  void onlyOneLeadCameOfTheRetry() throws Exception {
    assertThat(found("Nochmal" + TAG)).hasSize(1);
  }

  @Test
  @Order(8)
  @RunAsClient
  void thePersonSendingAnotherFormAddsToTheirLead() throws Exception {
    String person =
        "\"lastName\":\"Wieder" + TAG + "\",\"email\":\"Wieder." + TAG + "@Beispiel.de\"";
    assertThat(
            post("application/json", "{" + person + ",\"message\":\"Erste Frage\"}").statusCode())
        .isEqualTo(202);
    assertThat(
            post("application/json", "{" + person + ",\"message\":\"Zweite Frage\"}").statusCode())
        .isEqualTo(202);
  }

  @Test
  @Order(9)
  void theSecondFormIsOnTheFirstLead() throws Exception {
    List<LeadRow> again = found("Wieder" + TAG);
    assertThat(again).hasSize(1);
    var lead = As.user("marketing", "demo").call(() -> leads.loadLead(again.get(0).id())).lead();
    assertThat(lead.getSubmissions()).isEqualTo(2);
    assertThat(lead.getMessage()).isEqualTo("Zweite Frage");
    assertThat(lead.getPerson().getEmail())
        .isEqualTo("wieder." + TAG.toLowerCase() + "@beispiel.de");
  }

  private static HttpResponse<String> postWithKey(String body, String key) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(ENDPOINT)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @Order(10)
  void aSubmissionTheDatabaseRefusesWaitsWithItsFailureAndTheOthersGoOn() throws Exception {
    try (Connection db = database.getConnection();
        Statement sql = db.createStatement()) {
      // PostgreSQL only, as the tests run on it: the database refuses one lead
      sql.execute(
          "CREATE FUNCTION crm_test_refuse_lead() RETURNS trigger AS $$ BEGIN"
              + " IF NEW.last_name LIKE 'Kaputt%' THEN RAISE EXCEPTION 'refused by the test';"
              + " END IF; RETURN NEW; END $$ LANGUAGE plpgsql");
      sql.execute(
          "CREATE TRIGGER crm_test_refuse_lead BEFORE INSERT ON crm_lead"
              + " FOR EACH ROW EXECUTE FUNCTION crm_test_refuse_lead()");
    }
    try {
      assertThat(
              post("application/json", "{\"lastName\":\"Kaputt" + TAG + "\",\"phone\":\"1\"}")
                  .statusCode())
          .isEqualTo(202);
      assertThat(
              post("application/json", "{\"lastName\":\"Heil" + TAG + "\",\"phone\":\"2\"}")
                  .statusCode())
          .isEqualTo(202);
      assertThat(found("Heil" + TAG)).as("the other submission became a lead").hasSize(1);
      assertThat(found("Kaputt" + TAG)).isEmpty();
      List<WebLeadCaptureService.Failed> failed =
          As.user("admin", "demo").call(capture::failedSubmissions);
      assertThat(failed)
          .filteredOn(f -> f.name().equals("Kaputt" + TAG))
          .singleElement()
          .satisfies(f -> assertThat(f.failure()).contains("refused by the test"));
    } finally {
      try (Connection db = database.getConnection();
          Statement sql = db.createStatement()) {
        sql.execute("DROP TRIGGER crm_test_refuse_lead ON crm_lead");
        sql.execute("DROP FUNCTION crm_test_refuse_lead()");
      }
    }
  }

  @Test
  @Order(11)
  void theAdministratorHasTheFailedSubmissionTriedAgain() throws Exception {
    assertThat(As.user("admin", "demo").call(capture::retryFailed)).isEqualTo(1);
    assertThat(found("Kaputt" + TAG)).hasSize(1);
    assertThat(As.user("admin", "demo").call(capture::failedSubmissions)).isEmpty();
  }

  @Test
  @Order(12)
  @RunAsClient
  void tooManySubmissionsInAMinuteGet429WithRetryAfter() throws Exception {
    HttpResponse<String> answer = null;
    for (int i = 0; i < 25; i++) {
      answer =
          post(
              "application/json",
              "{\"lastName\":\"Flut" + TAG + "\",\"phone\":\"0221 " + i + "\"}");
      if (answer.statusCode() == 429) {
        break;
      }
      assertThat(answer.statusCode()).isEqualTo(202);
    }
    assertThat(answer.statusCode()).isEqualTo(429);
    assertThat(answer.headers().firstValue("Retry-After")).isPresent();
    assertThat(answer.body()).contains("\"status\":429");
  }
}
