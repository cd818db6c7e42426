package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.application.admin.UserAdministrationService;
import de.opencrm.application.admin.UserForm;
import de.opencrm.domain.admin.Role;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
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
 * The authenticated leads API over real HTTP: an integration account creates a lead (scored and
 * routed), reads it, finds it, moves it on and is told when its version is stale; wrong input is
 * named field by field; wrong credentials, a browser session without credentials and a role without
 * leads are refused; the OpenAPI description is there.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LeadApiIT {

  private static final String API = "http://127.0.0.1:8080/crm/api/";
  private static final String ACCOUNT = "it-leadapi";
  private static final String PASSWORD = "Schnittstelle-2026-api";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(LeadApiIT.class);
  }

  @Inject UserAdministrationService users;

  @Test
  @Order(1)
  void anAdministratorSetsUpTheIntegrationAccount() throws Exception {
    UserForm form = new UserForm();
    form.setUsername(ACCOUNT);
    form.setDisplayName("Schnittstelle ERP");
    form.setEmail(ACCOUNT + "@example.com");
    form.setRoles(List.of(Role.INTEGRATION));
    form.setInitialPassword(PASSWORD);
    As.user("admin", "demo").call(() -> users.createUser(form));
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> call(
      String method, String path, String body, String authorization) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(API + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> asIntegration(String method, String path, String body)
      throws Exception {
    return call(method, path, body, basic(ACCOUNT, PASSWORD));
  }

  private static JsonObject json(HttpResponse<String> answer) {
    return Json.createReader(new StringReader(answer.body())).readObject();
  }

  @Test
  @Order(2)
  @RunAsClient
  void anIntegrationCreatesReadsFindsAndMovesOnALead() throws Exception {
    HttpResponse<String> created =
        asIntegration(
            "POST",
            "v1/leads",
            "{\"firstName\":\"Erik\",\"lastName\":\"Schnittstelle\",\"email\":\"erik@erp-kunde.de\","
                + "\"company\":\"ERP Kunde GmbH\",\"postalCode\":\"20457\",\"source\":\"REFERRAL\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).get().asString().contains("/v1/leads/");
    JsonObject lead = json(created);
    long id = lead.getJsonNumber("id").longValue();
    assertThat(lead.getString("source")).isEqualTo("REFERRAL");
    assertThat(lead.getString("status")).isEqualTo("ASSIGNED");
    assertThat(lead.getString("routingRule")).isEqualTo("Norddeutschland (PLZ 0–4)");

    HttpResponse<String> read = asIntegration("GET", "v1/leads/" + id, null);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(json(read).getString("email")).isEqualTo("erik@erp-kunde.de");

    HttpResponse<String> found =
        asIntegration("GET", "v1/leads?q=Schnittstelle&source=REFERRAL", null);
    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(json(found).getJsonNumber("total").longValue()).isEqualTo(1);
    assertThat(json(found).getJsonArray("leads").getJsonObject(0).getJsonNumber("id").longValue())
        .isEqualTo(id);

    long version = json(read).getJsonNumber("version").longValue();
    HttpResponse<String> moved =
        asIntegration(
            "PATCH",
            "v1/leads/" + id + "/status",
            "{\"status\":\"WORKING\",\"version\":" + version + "}");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    assertThat(json(moved).getString("status")).isEqualTo("WORKING");
    HttpResponse<String> stale =
        asIntegration(
            "PATCH",
            "v1/leads/" + id + "/status",
            "{\"status\":\"DISQUALIFIED\",\"reason\":\"SPAM\",\"version\":" + version + "}");
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(stale.headers().firstValue("Content-Type")).contains("application/problem+json");

    assertThat(asIntegration("GET", "v1/leads/999999999", null).statusCode()).isEqualTo(404);
  }

  @Test
  @Order(3)
  @RunAsClient
  void wrongInputIsNamedFieldByField() throws Exception {
    HttpResponse<String> invalid =
        asIntegration("POST", "v1/leads", "{\"email\":\"kein-mail\",\"source\":\"FAX\"}");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.body()).contains("\"field\":\"source\"");
    HttpResponse<String> noName = asIntegration("POST", "v1/leads", "{\"email\":\"kein-mail\"}");
    assertThat(noName.statusCode()).isEqualTo(400);
    assertThat(noName.body()).contains("\"field\":\"lastName\"").contains("\"field\":\"email\"");
    assertThat(asIntegration("GET", "v1/leads?status=FERTIG", null).statusCode()).isEqualTo(400);
    assertThat(asIntegration("GET", "v1/leads?size=100000", null).statusCode()).isEqualTo(400);
    assertThat(asIntegration("POST", "v1/leads", "[1,2]").statusCode()).isEqualTo(400);
  }

  @Test
  @Order(4)
  @RunAsClient
  void callersWithoutTheRightCredentialsOrRoleAreRefused() throws Exception {
    HttpResponse<String> wrong = call("GET", "v1/leads", null, basic(ACCOUNT, "falsch"));
    assertThat(wrong.statusCode()).isEqualTo(401);
    // the container's BASIC mechanism answers wrong credentials itself (401 with the form's
    // challenge)
    assertThat(wrong.body()).doesNotContain("\"leads\"");
    HttpResponse<String> anonymous = call("GET", "v1/leads/1", null, null);
    assertThat(anonymous.statusCode())
        .as("no credentials: refused, not the login form")
        .isEqualTo(401);
    assertThat(anonymous.headers().firstValue("Content-Type").orElse(""))
        .isEqualTo("application/problem+json");
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"crm\"");
    HttpResponse<String> service = call("GET", "v1/leads", null, basic("service", "demo"));
    assertThat(service.statusCode()).isEqualTo(403);
    assertThat(service.body()).contains("\"status\":403");
  }

  @Test
  @Order(5)
  @RunAsClient
  void theApiIsDescribedWithOpenApi() throws Exception {
    HttpResponse<String> description = call("GET", "openapi.yaml", null, null);
    assertThat(description.statusCode()).isEqualTo(200);
    assertThat(description.body())
        .contains("openapi: 3.1.0")
        .contains("/v1/web-leads:")
        .contains("/v1/leads:")
        .contains("/v1/leads/{id}:")
        .contains("/v1/leads/{id}/status:");
  }
}
