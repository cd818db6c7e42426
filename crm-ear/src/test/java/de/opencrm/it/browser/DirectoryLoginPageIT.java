package de.opencrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.Directory;
import de.opencrm.it.browser.page.LoginPage;
import de.opencrm.it.browser.page.ShellPage;
import de.opencrm.it.browser.page.UsersPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Intranet login: people of the company directory (a real LDAP server, UnboundID in memory) log in
 * with their directory password; the groups in the CRM's unit of the directory give their roles
 * (optional/ldap.cli maps CRM-Vertrieb to SALES, CRM-Revision to AUDITOR, ...), groups elsewhere
 * give nothing. The CRM keeps a user row for them, which an administrator sees marked as coming
 * from the directory and can deactivate.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectoryLoginPageIT extends BrowserTest {

  private static final String PASSWORD = "Verzeichnis-2026";

  private static Directory directory;
  private static String lena;
  private static String crmAudit;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  @BeforeAll
  static void theCompanyDirectory() throws Exception {
    directory = Directory.start();
    lena =
        directory.addPerson("lena.lindner", "Lena Lindner", "lena.lindner@beispiel.de", PASSWORD);
    String olaf = directory.addPerson("olaf.ohm", "Olaf Ohm", "olaf.ohm@beispiel.de", PASSWORD);
    directory.addPerson("nora.neu", "Nora Neu", "nora.neu@beispiel.de", PASSWORD);
    directory.addGroup(Directory.CRM_GROUPS, "CRM-Vertrieb", lena);
    crmAudit = directory.addGroup(Directory.CRM_GROUPS, "CRM-Revision", olaf);
    // an administrators' group of another application, named like the CRM's: not below the CRM's
    // unit, so it gives nothing
    directory.addGroup(Directory.OTHER_GROUPS, "CRM-Administration", lena);
    directory.addGroup(Directory.OTHER_GROUPS, "ADMIN", lena);
  }

  @AfterAll
  static void stopDirectory() {
    if (directory != null) {
      directory.close();
    }
  }

  @Test
  @Order(1)
  void aDirectoryUserLogsInWithTheDirectoryPasswordAndWorksInTheRolesOfTheirCrmGroups() {
    Page page = newPage("de-DE");
    ShellPage start = LoginPage.open(page, CRM).logIn("lena.lindner", PASSWORD);
    expect(start.welcome()).containsText("Willkommen, Lena Lindner");
    assertThat(start.menu())
        .as("sales only: groups outside the CRM's unit give no administration")
        .containsExactly(
            "nav-start", "nav-accounts", "nav-contacts", "nav-leads", "nav-opportunities");
    page.navigate(CRM + "admin/users.xhtml");
    expect(page.locator("#error-title")).hasText("Kein Zugriff");

    page.navigate(CRM + "me/password.xhtml");
    expect(page.locator("#password-directory")).containsText("Firmenverzeichnis");
    expect(page.locator("#passwordForm")).hasCount(0);
    screenshot(page, "directory-user-password");
  }

  @Test
  @Order(2)
  void aWrongDirectoryPasswordIsRefusedLikeAnyOther() {
    LoginPage login =
        LoginPage.open(newPage("de-DE"), CRM).logInExpectingFailure("lena.lindner", "Falsch-2026");
    expect(login.error()).isVisible();
  }

  @Test
  @Order(3)
  void aNewCrmGroupInTheDirectoryCountsAtTheNextLogin() throws Exception {
    directory.addMember(crmAudit, lena);
    ShellPage start = LoginPage.open(newPage("de-DE"), CRM).logIn("LENA.Lindner", PASSWORD);
    expect(start.welcome()).containsText("Lena Lindner");
    assertThat(start.menu()).contains("nav-accounts", "nav-audit_journal");
  }

  @Test
  @Order(4)
  void theAdministratorSeesTheDirectoryUserAndCanOnlyChooseTheTeam() {
    Page page = newPage("de-DE");
    UsersPage users = LoginPage.open(page, CRM).logIn("admin", "demo").openUsers();
    users.search("lena.lindner");
    expect(users.rows()).hasCount(1);
    expect(users.rows().first()).containsText("Lena Lindner");
    expect(users.rows().first()).containsText("lena.lindner@beispiel.de");
    expect(users.rows().first()).containsText("Vertrieb");
    expect(users.rows().first()).containsText("Revision");
    expect(users.rows().first()).containsText("Verzeichnis");

    users.editFirstRow();
    expect(page.locator("#userForm\\:directoryHint")).containsText("Firmenverzeichnis");
    expect(page.locator("#userForm\\:displayName")).isDisabled();
    expect(page.locator("#userForm\\:resetPassword")).hasCount(0);
    screenshot(page, "directory-user-admin");
    users.cancel();
  }

  @Test
  @Order(5)
  void aDirectoryUserDeactivatedInTheCrmIsTurnedAwayWithAClearMessage() {
    Page page = newPage("de-DE");
    UsersPage users = LoginPage.open(page, CRM).logIn("admin", "demo").openUsers();
    users.search("lena.lindner");
    expect(users.rows()).hasCount(1);
    page.locator("#listForm\\:users\\:0\\:deactivate").click();
    page.locator("#confirm\\:yes").click();
    expect(users.rows().first()).containsText("Deaktiviert");

    Page theirs = newPage("de-DE");
    LoginPage.open(theirs, CRM).logIn("lena.lindner", PASSWORD);
    expect(theirs.locator("#login-refused")).containsText("Zugang ist im CRM deaktiviert");
    theirs.navigate(CRM);
    expect(theirs.locator("#j_username")).isVisible();
  }

  @Test
  @Order(6)
  void aDirectoryUserWithoutCrmGroupGetsNoAccessAndNoCrmUser() {
    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("nora.neu", PASSWORD);
    expect(page.locator("#error-title")).hasText("Kein Zugriff");

    Page admin = newPage("de-DE");
    UsersPage users = LoginPage.open(admin, CRM).logIn("admin", "demo").openUsers();
    users.search("nora.neu");
    expect(users.rows()).hasCount(1);
    expect(users.rows().first()).containsText("Nichts gefunden");
  }
}
