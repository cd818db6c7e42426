package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.application.admin.UserAdministrationService;
import de.opencrm.application.admin.UserForm;
import de.opencrm.application.audit.AuditService;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.audit.AuditAction;
import de.opencrm.domain.audit.AuditSearch;
import jakarta.inject.Inject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * Five failed logins in a row lock an account (CRM_LOGIN_MAX_FAILURES, Elytron's brute-force
 * protection): even the right password is then refused, with the same message as a wrong one, and
 * every attempt is in the audit journal. Through the real FORM login over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoginLockoutIT {

  private static final String CRM = "http://127.0.0.1:8080/crm/";
  private static final String USER = "it-sperre";
  private static final String PASSWORD = "Startpasswort-2026";

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(LoginLockoutIT.class);
  }

  @Inject UserAdministrationService users;
  @Inject AuditService audit;

  @Test
  @Order(1)
  void aUserToLockOut() throws Exception {
    UserForm form = new UserForm();
    form.setUsername(USER);
    form.setDisplayName("Sven Sperre");
    form.setEmail(USER + "@example.com");
    form.setRoles(List.of(Role.SERVICE));
    form.setInitialPassword(PASSWORD);
    As.user("admin", "demo").call(() -> users.createUser(form));
  }

  @Test
  @Order(2)
  @RunAsClient
  void fiveFailuresLockTheAccountAndTheRightPasswordIsRefusedAlike() throws Exception {
    assertThat(logIn("sales", "demo")).as("an unlocked user logs in").isTrue();
    for (int i = 0; i < 5; i++) {
      assertThat(logIn(USER, "falsch-" + i)).isFalse();
    }
    assertThat(logIn(USER, PASSWORD)).as("locked: the right password is refused").isFalse();
  }

  @Test
  @Order(3)
  void everyAttemptIsInTheAuditJournal() throws Exception {
    AuditSearch failures = new AuditSearch(USER, null, null, AuditAction.LOGIN_FAILED, null, null);
    assertThat(As.user("auditor", "demo").call(() -> audit.count(failures))).isEqualTo(6);
  }

  /** A FORM login as a browser does it; true when the container lets the user in. */
  private static boolean logIn(String username, String password) throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    HttpResponse<String> loginPage =
        client.send(
            HttpRequest.newBuilder(URI.create(CRM + "index.xhtml"))
                .header("Accept-Language", "de-DE")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(loginPage.body()).contains("j_security_check");
    String form =
        "j_username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&j_password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> answer =
        client.send(
            HttpRequest.newBuilder(URI.create(CRM + "j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "de-DE")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() == 302 || answer.statusCode() == 303) {
      return true;
    }
    assertThat(answer.body())
        .contains("Benutzername oder Passwort ist falsch")
        .doesNotContain("at org.");
    return false;
  }
}
