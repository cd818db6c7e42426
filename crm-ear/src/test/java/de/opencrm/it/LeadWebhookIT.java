package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.application.lead.capture.LeadWebhookForm;
import de.opencrm.application.lead.capture.LeadWebhookService;
import de.opencrm.application.lead.capture.WebLeadCaptureService;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.lead.LeadSource;
import de.opencrm.domain.lead.capture.PayloadMapping;
import de.opencrm.domain.lead.capture.WebhookSignature;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A social network's lead webhook over real HTTP (sent from inside the server to its own address):
 * the administrator connects it with the Meta mapping; a signed delivery becomes a lead with the
 * webhook's source, its person and company where the mapping says; the same delivery again makes no
 * second lead; unsigned, wrongly signed, unknown and nameless deliveries are refused; the
 * subscription check answers only the right verify token; only the administrator connects.
 */
@ExtendWith(ArquillianExtension.class)
class LeadWebhookIT {

  private static final String HOOKS = "http://127.0.0.1:8080/crm/api/v1/lead-webhooks/";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(LeadWebhookIT.class);
  }

  @Inject LeadWebhookService hooks;
  @Inject WebLeadCaptureService capture;

  @Resource(lookup = "java:jboss/datasources/CrmDS")
  DataSource dataSource;

  private static String delivery(String leadId, String name, String email) {
    return "{\"leadgen_id\":\""
        + leadId
        + "\",\"campaign_name\":\"Herbst\",\"field_data\":["
        + (name == null ? "" : "{\"name\":\"full_name\",\"values\":[\"" + name + "\"]},")
        + "{\"name\":\"email\",\"values\":[\""
        + email
        + "\"]},{\"name\":\"company_name\",\"values\":[\"Webhook Test GmbH\"]}]}";
  }

  private static HttpResponse<String> post(String key, String body, String signature)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(HOOKS + key))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      request.header("X-Hub-Signature-256", signature);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String sign(String secret, String body) {
    return WebhookSignature.sign(secret, body.getBytes(StandardCharsets.UTF_8));
  }

  private String[] leadOf(String email) throws Exception {
    LeadInbox.drained(capture);
    try (Connection db = dataSource.getConnection();
        PreparedStatement find =
            db.prepareStatement(
                "SELECT first_name, last_name, company, source, form_id, utm_campaign,"
                    + " (SELECT COUNT(*) FROM crm_lead c WHERE c.email = l.email)"
                    + " FROM crm_lead l WHERE email = ?")) {
      find.setString(1, email);
      try (ResultSet row = find.executeQuery()) {
        if (!row.next()) {
          return null;
        }
        return new String[] {
          row.getString(1),
          row.getString(2),
          row.getString(3),
          row.getString(4),
          row.getString(5),
          row.getString(6),
          row.getString(7)
        };
      }
    }
  }

  @Test
  void aSignedDeliveryBecomesALeadOnceAndAnythingElseIsRefused() throws Exception {
    String tag = TestData.letterTag().toLowerCase();
    String key = "meta-" + tag;
    LeadWebhookForm form = new LeadWebhookForm();
    form.setHookKey(key);
    form.setName("Meta Lead Ads " + tag);
    form.setSource(LeadSource.SOCIAL);
    form.setMapping(PayloadMapping.META_LEAD_ADS);
    As admin = As.user("admin", "demo");
    admin.call(() -> hooks.saveHook(form));
    String secret =
        admin.call(() -> hooks.listHooks()).stream()
            .filter(h -> h.key().equals(key))
            .findFirst()
            .orElseThrow()
            .secret();
    assertThat(secret).hasSize(64);

    String email = "h.schroeder@" + tag + ".de";
    String body = delivery("lead-" + tag, "Hanna Schröder", email);
    HttpResponse<String> first = post(key, body, sign(secret, body));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
    assertThat(leadOf(email))
        .containsExactly("Hanna", "Schröder", "Webhook Test GmbH", "SOCIAL", key, "Herbst", "1");

    HttpResponse<String> again = post(key, body, sign(secret, body));
    assertThat(again.statusCode()).isEqualTo(202);
    assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(leadOf(email)[6]).as("no second lead").isEqualTo("1");

    String other = delivery("lead2-" + tag, "Jan Berg", "j.berg@" + tag + ".de");
    assertThat(post(key, other, null).statusCode()).isEqualTo(401);
    assertThat(post(key, other, sign("falsch", other)).statusCode()).isEqualTo(401);
    assertThat(post(key, other, sign(secret, body)).statusCode())
        .as("a signature of another body")
        .isEqualTo(401);
    assertThat(leadOf("j.berg@" + tag + ".de")).isNull();
    assertThat(post("kein-" + tag, other, sign(secret, other)).statusCode()).isEqualTo(404);

    String nameless = delivery("lead3-" + tag, null, "x@" + tag + ".de");
    HttpResponse<String> refused = post(key, nameless, sign(secret, nameless));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("lastName");

    HttpResponse<String> check =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        HOOKS
                            + key
                            + "?hub.mode=subscribe&hub.challenge=4711&hub.verify_token="
                            + secret))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(check.statusCode()).isEqualTo(200);
    assertThat(check.body()).isEqualTo("4711");
    HttpResponse<String> wrongToken =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        HOOKS + key + "?hub.mode=subscribe&hub.challenge=4711&hub.verify_token=x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(wrongToken.statusCode()).isEqualTo(403);
  }

  @Test
  void aWrongMappingIsNamedAndOnlyTheAdministratorConnects() throws Exception {
    LeadWebhookForm form = new LeadWebhookForm();
    form.setHookKey("falsch-" + TestData.letterTag().toLowerCase());
    form.setName("Falsch");
    form.setMapping("email = /e\nschuhgroesse = /s");
    assertThatThrownBy(() -> As.user("admin", "demo").call(() -> hooks.saveHook(form)))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.getField()).isEqualTo("mapping");
              assertThat(e.getMessageKey()).isEqualTo("webhook.mapping.unknownField");
            });
    assertThatThrownBy(() -> As.user("marketing", "demo").call(() -> hooks.listHooks()))
        .isInstanceOf(EJBAccessException.class);
  }
}
