package de.opencrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.PermissionMatrix;
import de.opencrm.domain.admin.Role;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.browser.page.LoginPage;
import de.opencrm.it.browser.page.ShellPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each demo user logs in through the real form, sees only their menu, and is refused what their
 * roles forbid.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RolesAndLanguagePageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  private record DemoUser(
      String username, String displayName, List<String> menu, String forbidden) {}

  private static final List<String> CUSTOMERS =
      List.of("nav-start", "nav-accounts", "nav-contacts", "nav-leads", "nav-opportunities");
  private static final List<String> MARKETING =
      List.of("nav-start", "nav-accounts", "nav-contacts", "nav-leads");
  private static final List<String> MANAGER =
      List.of(
          "nav-start",
          "nav-accounts",
          "nav-contacts",
          "nav-leads",
          "nav-opportunities",
          "nav-tickets");
  private static final List<String> SERVICE =
      List.of("nav-start", "nav-accounts", "nav-contacts", "nav-tickets");
  private static final List<DemoUser> DEMO_USERS =
      List.of(
          new DemoUser(
              "admin",
              "Andrea Adler",
              List.of(
                  "nav-start",
                  "nav-accounts",
                  "nav-contacts",
                  "nav-leads",
                  "nav-opportunities",
                  "nav-tickets",
                  "nav-users",
                  "nav-teams",
                  "nav-custom_fields",
                  "nav-lead_routing",
                  "nav-lead_scoring",
                  "nav-web_forms",
                  "nav-products",
                  "nav-erp",
                  "nav-permissions",
                  "nav-privacy"),
              "audit/"),
          new DemoUser("sales", "Stefan Schmitt", CUSTOMERS, "admin/users.xhtml"),
          new DemoUser("sales2", "Sabine Sommer", CUSTOMERS, "privacy/requests.xhtml"),
          new DemoUser("manager", "Markus Meier", MANAGER, "admin/products.xhtml"),
          new DemoUser("marketing", "Mia Martens", MARKETING, "opportunities/list.xhtml"),
          new DemoUser("service", "Sven Seidel", SERVICE, "leads/list.xhtml"),
          new DemoUser("service2", "Sophie Sauer", SERVICE, "audit/"),
          new DemoUser(
              "auditor",
              "Anke Auer",
              List.of("nav-start", "nav-audit_journal"),
              "accounts/list.xhtml"),
          new DemoUser(
              "privacy",
              "Dana Dietrich",
              List.of("nav-start", "nav-privacy"),
              "contacts/list.xhtml"));

  @Test
  void everyDemoUserSeesTheirMenuAndIsRefusedWhatTheirRolesForbid() {
    for (DemoUser user : DEMO_USERS) {
      Page page = newPage("de-DE");
      ShellPage start = LoginPage.open(page, CRM).logIn(user.username(), "demo");
      expect(start.welcome()).containsText("Willkommen, " + user.displayName());
      assertThat(start.menu()).as(user.username()).isEqualTo(user.menu());
      screenshot(page, "start-" + user.username());

      Response refused = page.navigate(CRM + user.forbidden());
      assertThat(refused.status()).as(user.username() + " on " + user.forbidden()).isEqualTo(403);
      expect(page.locator("#error-title")).hasText("Kein Zugriff");
      assertThat(page.locator("body").innerText())
          .doesNotContain("Exception")
          .doesNotContain("at org.");
    }
  }

  /** The protected pages and the roles the permission matrix lets read their area. */
  private static final Map<String, Set<Role>> PAGES =
      Map.ofEntries(
          Map.entry(
              "accounts/list.xhtml", PermissionMatrix.rolesFor(Area.ACCOUNTS, Operation.READ)),
          Map.entry(
              "contacts/list.xhtml", PermissionMatrix.rolesFor(Area.CONTACTS, Operation.READ)),
          Map.entry(
              "contacts/import.xhtml", PermissionMatrix.rolesFor(Area.CONTACTS, Operation.CREATE)),
          Map.entry("leads/list.xhtml", PermissionMatrix.rolesFor(Area.LEADS, Operation.READ)),
          Map.entry("admin/users.xhtml", PermissionMatrix.rolesFor(Area.ADMIN, Operation.READ)),
          Map.entry("admin/teams.xhtml", PermissionMatrix.rolesFor(Area.ADMIN, Operation.READ)),
          Map.entry(
              "admin/custom-fields.xhtml", PermissionMatrix.rolesFor(Area.ADMIN, Operation.READ)),
          Map.entry(
              "admin/permissions.xhtml", PermissionMatrix.rolesFor(Area.ADMIN, Operation.READ)),
          Map.entry("audit/journal.xhtml", PermissionMatrix.rolesFor(Area.AUDIT, Operation.READ)),
          Map.entry(
              "privacy/requests.xhtml", PermissionMatrix.rolesFor(Area.PRIVACY, Operation.READ)),
          Map.entry(
              "privacy/register.xhtml", PermissionMatrix.rolesFor(Area.PRIVACY, Operation.READ)));

  private static final Map<String, Role> ROLE_OF =
      Map.of(
          "admin", Role.ADMIN,
          "sales", Role.SALES,
          "manager", Role.MANAGER,
          "marketing", Role.MARKETING,
          "service", Role.SERVICE,
          "auditor", Role.AUDITOR,
          "privacy", Role.PRIVACY);

  @Test
  void everyRoleOpensExactlyThePagesOfItsAreasAndGets403OnTheRest() {
    List<String> wrong = new ArrayList<>();
    ROLE_OF.forEach(
        (username, role) -> {
          Page page = newPage("de-DE");
          LoginPage.open(page, CRM).logIn(username, "demo");
          PAGES.forEach(
              (path, roles) -> {
                int expected = roles.contains(role) ? 200 : 403;
                int status = page.navigate(CRM + path).status();
                if (status != expected) {
                  wrong.add(username + " on " + path + ": " + status + ", expected " + expected);
                }
              });
        });
    assertThat(wrong).isEmpty();
  }

  @Test
  void aWrongPasswordIsRefusedWithAMessageAndNoHintWhichPartWasWrong() {
    Page page = newPage("de-DE");
    LoginPage login = LoginPage.open(page, CRM).logInExpectingFailure("sales", "falsch");
    expect(login.error()).containsText("Benutzername oder Passwort ist falsch");
    LoginPage.open(page, CRM).logInExpectingFailure("niemand", "falsch");
    expect(login.error()).containsText("Benutzername oder Passwort ist falsch");
  }

  @Test
  void theBrowserLanguagePicksThePageLanguageAndTheSwitchChangesIt() {
    Page german = newPage("de-DE");
    LoginPage login = LoginPage.open(german, CRM);
    expect(login.heading()).hasText("Anmelden");
    assertThat(german.locator("html").getAttribute("lang")).isEqualTo("de");
    screenshot(german, "login-de");

    login.switchLanguage("en");
    expect(login.heading()).hasText("Log in");
    ShellPage start = login.logIn("sales", "demo");
    expect(start.welcome()).containsText("Welcome, Stefan Schmitt");
    start.switchLanguage("de");
    expect(start.welcome()).containsText("Willkommen, Stefan Schmitt");

    Page english = newPage("en-GB");
    expect(LoginPage.open(english, CRM).heading()).hasText("Log in");
    screenshot(english, "login-en");
  }

  @Test
  void loggingOutEndsTheSessionAndSaysSo() {
    Page page = newPage("de-DE");
    LoginPage after = LoginPage.open(page, CRM).logIn("service", "demo").logOut();
    expect(after.status()).containsText("abgemeldet");
    page.navigate(CRM + "index.xhtml");
    expect(page.locator("#j_username")).isVisible();
  }

  @Test
  void aClickAfterTheSessionEndedLeadsToTheLoginPageWithTheReason() {
    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("admin", "demo").openUsers();
    // the server forgets the session (timeout, restart) while the browser still holds its cookie
    page.context()
        .addCookies(
            List.of(
                new Cookie("JSESSIONID", "ended-session").setDomain("127.0.0.1").setPath("/crm")));
    page.locator("#listForm\\:newUser").click();
    expect(page.locator("#login-expired")).containsText("Sitzung ist abgelaufen");
    expect(page.locator("#j_username")).isVisible();
  }

  @Test
  void anUnknownPageIsAFriendlyLocalizedNotFound() {
    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("sales", "demo");
    Response missing = page.navigate(CRM + "gibt-es-nicht.xhtml");
    assertThat(missing.status()).isEqualTo(404);
    expect(page.locator("#error-title")).hasText("Seite nicht gefunden");
    assertThat(page.locator("body").innerText()).doesNotContain("Exception");
    screenshot(page, "error-404");
  }
}
