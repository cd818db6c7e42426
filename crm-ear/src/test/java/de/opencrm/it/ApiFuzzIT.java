package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.application.admin.UserAdministrationService;
import de.opencrm.application.admin.UserForm;
import de.opencrm.domain.admin.Role;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
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
 * Several thousand malformed requests to every API endpoint (broken JSON, wrong types, huge values,
 * control characters, invalid UTF-8, deep nesting, wrong content types and methods, odd paths and
 * query parameters): none may end in a server error, and every refusal is problem details (RFC
 * 9457). The payloads come from a fixed seed, so a failure can be replayed; a well-formed payload
 * names a French company, which the demo routing gives the default owner, not a team in turn.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiFuzzIT {

  private static final Logger LOG = Logger.getLogger(ApiFuzzIT.class.getName());
  private static final String API = "http://127.0.0.1:8080/crm/api/";
  private static final String ACCOUNT = "it-fuzz";
  private static final String PASSWORD = "Zufall-2026-schnittstelle";
  private static final long SEED = 20261207L;
  private static final int ROUNDS = Integer.getInteger("crm.fuzz.rounds", 600);
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private static final String[] FIELDS = {
    "firstName", "lastName", "email", "phone", "company", "postalCode", "city", "country",
    "source", "companySize", "language", "message", "jobTitle", "status", "reason", "version",
    "note", "formId", "utm_campaign", "website"
  };

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(ApiFuzzIT.class);
  }

  @Inject UserAdministrationService users;

  @Test
  @Order(1)
  void anAdministratorSetsUpTheIntegrationAccount() throws Exception {
    UserForm form = new UserForm();
    form.setUsername(ACCOUNT);
    form.setDisplayName("Schnittstelle Zufall");
    form.setEmail(ACCOUNT + "@example.com");
    form.setRoles(List.of(Role.INTEGRATION));
    form.setInitialPassword(PASSWORD);
    As.user("admin", "demo").call(() -> users.createUser(form));
  }

  /** One request the fuzzer sends, and how to read its answer. */
  private record Sent(String method, String path, String type, byte[] body, boolean authorized) {
    String describe() {
      String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
      return method
          + " "
          + path
          + " ["
          + type
          + "] "
          + (text.length() > 200 ? text.substring(0, 200) + "…" : text);
    }
  }

  @Test
  @Order(2)
  @RunAsClient
  void noMalformedRequestEndsInAServerErrorAndEveryRefusalIsProblemDetails() throws Exception {
    Random random = new Random(SEED);
    List<String> wrong = new ArrayList<>();
    int sent = 0;
    long start = System.nanoTime();
    for (int round = 0; round < ROUNDS; round++) {
      for (Sent request : requests(random)) {
        HttpResponse<String> answer;
        try {
          answer = send(request);
        } catch (java.io.IOException dropped) {
          wrong.add("no answer (" + dropped.getMessage() + ") for " + request.describe());
          continue;
        } finally {
          sent++;
        }
        int status = answer.statusCode();
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
          wrong.add(status + " for " + request.describe() + ": " + answer.body());
        } else if (status >= 400 && !type.startsWith("application/problem+json")) {
          wrong.add(status + " without problem details (" + type + ") for " + request.describe());
        }
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    int total = sent;
    LOG.info(() -> "API fuzz: " + total + " requests in " + millis + " ms, seed " + SEED);
    assertThat(sent).isEqualTo(ROUNDS * 6);
    assertThat(wrong).as("of " + sent + " requests").isEmpty();
  }

  /**
   * One round: each public endpoint once, and one of the authenticated leads API's (every login
   * there is a bcrypt check, a tenth of a second of the server's time, so they take turns).
   */
  private static List<Sent> requests(Random random) {
    List<Sent> round = new ArrayList<>();
    round.add(
        pick(
            random,
            new Sent("POST", "v1/leads", type(random), body(random), true),
            new Sent(
                "PATCH", "v1/leads/" + id(random) + "/status", type(random), body(random), true),
            new Sent("GET", "v1/leads/" + id(random), null, null, true),
            new Sent("GET", "v1/leads?" + query(random), null, null, true),
            new Sent(method(random), "v1/leads", type(random), body(random), true)));
    round.add(new Sent("POST", "v1/leads", "application/json", body(random), false));
    round.add(new Sent("POST", "v1/web-leads", type(random), body(random), false));
    round.add(
        new Sent("POST", "v1/web-leads", "application/x-www-form-urlencoded", form(random), false));
    round.add(
        new Sent("POST", "v1/lead-webhooks/" + key(random), type(random), body(random), false));
    round.add(
        new Sent(
            "GET", "v1/lead-webhooks/" + key(random) + "?" + query(random), null, null, false));
    return round;
  }

  private static HttpResponse<String> send(Sent sent) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(API + sent.path()))
            .timeout(Duration.ofSeconds(30))
            .method(
                sent.method(),
                sent.body() == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(sent.body()));
    if (sent.type() != null) {
      request.header("Content-Type", sent.type());
    }
    if (sent.authorized()) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((ACCOUNT + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    if (sent.path().startsWith("v1/lead-webhooks")) {
      request.header("X-Hub-Signature-256", "sha256=" + "0".repeat(64));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String type(Random random) {
    return pick(
        random,
        "application/json",
        "application/json",
        "application/json; charset=ISO-8859-1",
        "text/plain",
        "application/xml",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/merge-patch+json",
        "nonsense");
  }

  private static String method(Random random) {
    return pick(random, "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH");
  }

  private static String id(Random random) {
    return pick(
        random,
        "1",
        String.valueOf(random.nextInt(100_000)),
        "-1",
        "0",
        "99999999999999999999",
        "abc",
        "1%3BDROP%20TABLE%20crm_lead",
        "%00",
        "1.5");
  }

  /** A webhook's key; a path that is no UTF-8 (%C3%28) the servlet container refuses itself. */
  private static String key(Random random) {
    return pick(
        random, "meta", "x", "%00", "a".repeat(300), "..%2F..%2Fetc", "k" + random.nextInt());
  }

  private static String query(Random random) {
    String name =
        pick(
            random,
            "q",
            "status",
            "source",
            "minScore",
            "first",
            "size",
            "hub.mode",
            "hub.challenge",
            "hub.verify_token");
    return name + "=" + URLEncoder.encode(scalar(random), StandardCharsets.UTF_8);
  }

  /** A body: mostly a JSON object with one field gone wrong, sometimes no JSON at all. */
  private static byte[] body(Random random) {
    switch (random.nextInt(12)) {
      case 0:
        return pick(
                random,
                "{",
                "{\"lastName\":",
                "[]",
                "null",
                "123",
                "\"x\"",
                "{,}",
                "",
                "{\"a\":1}}")
            .getBytes(StandardCharsets.UTF_8);
      case 1:
        return ("[".repeat(1 + random.nextInt(20_000))).getBytes(StandardCharsets.UTF_8);
      case 2:
        return ("{\"a\":".repeat(1 + random.nextInt(5_000)) + "1" + "}".repeat(10))
            .getBytes(StandardCharsets.UTF_8);
      case 3:
        byte[] broken = validObject(random).getBytes(StandardCharsets.UTF_8);
        broken[random.nextInt(broken.length)] = (byte) (0x80 + random.nextInt(0x7F));
        return broken;
      default:
        StringBuilder json = new StringBuilder("{\"country\":\"FR\",\"company\":\"Fuzz SARL\"");
        int fields = random.nextInt(6);
        for (int i = 0; i < fields; i++) {
          json.append(",\"").append(pick(random, FIELDS)).append("\":").append(value(random));
        }
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }
  }

  private static String validObject(Random random) {
    return "{\"lastName\":\"Fuzz\",\"email\":\"fuzz"
        + random.nextInt(1000)
        + "@example.fr\",\"country\":\"FR\"}";
  }

  private static byte[] form(Random random) {
    StringBuilder form = new StringBuilder("country=FR&company=Fuzz+SARL");
    int fields = random.nextInt(6);
    for (int i = 0; i < fields; i++) {
      form.append('&')
          .append(pick(random, FIELDS))
          .append('=')
          .append(
              random.nextInt(5) == 0
                  ? pick(random, "%00", "%C3%28", "%", "%ZZ", "%FF%FE")
                  : URLEncoder.encode(scalar(random), StandardCharsets.UTF_8));
    }
    return form.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A JSON value of any type, often not the one the field wants. */
  private static String value(Random random) {
    switch (random.nextInt(8)) {
      case 0:
        return pick(
            random, "true", "null", "0", "-1", "1e400", "123456789012345678901234567890", "3.14");
      case 1:
        return "[" + value(random) + "]";
      case 2:
        return "{\"x\":" + value(random) + "}";
      default:
        return "\"" + escaped(scalar(random)) + "\"";
    }
  }

  /** A text: control characters, huge, odd Unicode, or names of things the API knows. */
  private static String scalar(Random random) {
    switch (random.nextInt(9)) {
      case 0:
        return "Mül\u0000ler\u0007\u001b[31m";
      case 1:
        return "x".repeat(pick(random, 101, 255, 1_001, 4_001, 40_000));
      case 2:
        return "😀 Łódź \uFFFF \uD800";
      case 3:
        return pick(random, "NEW", "DISQUALIFIED", "NO_BUDGET", "WEB_FORM", "LARGE", "de", "xx");
      case 4:
        return pick(random, "fuzz@example.fr", "not-an-email", "@", "a@b", "80331", "-5", "");
      case 5:
        return pick(
            random, "' OR 1=1 --", "<script>alert(1)</script>", "${jndi:ldap://x}", "../../");
      default:
        return "Fuzz " + random.nextInt(1_000_000);
    }
  }

  private static String escaped(String text) {
    StringBuilder json = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c)) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.toString();
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
