package de.opencrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.browser.page.LoginPage;
import de.opencrm.it.browser.page.PasswordPage;
import de.opencrm.it.browser.page.ShellPage;
import de.opencrm.it.browser.page.UsersPage;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An administrator manages users in the UI; the users they create log in and look after their own
 * password.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UserAdministrationPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 6);
  }

  @Test
  void anAdministratorCreatesAUserWhoCanThenLogInAndChangeTheirPassword() {
    String username = unique("jana.");
    Page page = newPage("de-DE");
    UsersPage users = LoginPage.open(page, CRM).logIn("admin", "demo").openUsers();
    users
        .startNewUser()
        .fill("username", username)
        .fill("displayName", "Jana Jäger")
        .fill("email", username + "@example.com")
        .tickRole("Vertrieb")
        .fill("initialPassword", "Willkommen-2026")
        .saveAndClose();
    users.search(username);
    expect(users.rows()).hasCount(1);
    expect(users.rows().first()).containsText("Jana Jäger");
    expect(users.rows().first()).containsText("Vertrieb");
    screenshot(page, "admin-users");

    Page own = newPage("de-DE");
    ShellPage start = LoginPage.open(own, CRM).logIn(username, "Willkommen-2026");
    expect(start.welcome()).containsText("Willkommen, Jana Jäger");
    assertThat(start.menu())
        .containsExactly(
            "nav-start", "nav-accounts", "nav-contacts", "nav-leads", "nav-opportunities");

    PasswordPage password = start.openPasswordChange();
    password.change("falsch", "Mein-Passwort-77", "Mein-Passwort-77");
    expect(password.messageFor("currentPassword")).containsText("aktuelle Passwort ist falsch");
    password.change("Willkommen-2026", "Mein-Passwort-77", "Anderes-Passwort-77");
    expect(password.messageFor("repeatedPassword")).containsText("stimmen nicht überein");
    password.change("Willkommen-2026", "kurz", "kurz");
    expect(password.messageFor("newPassword")).containsText("mindestens 10 Zeichen");
    password.change("Willkommen-2026", "Mein-Passwort-77", "Mein-Passwort-77");
    expect(password.confirmation()).containsText("Passwort wurde geändert");
    screenshot(own, "password-changed");

    LoginPage again = password.logOut();
    again.logInExpectingFailure(username, "Willkommen-2026");
    expect(again.error()).isVisible();
    expect(LoginPage.open(own, CRM).logIn(username, "Mein-Passwort-77").welcome())
        .containsText("Jana Jäger");
  }

  @Test
  void badInputIsExplainedNextToTheFieldAndNothingIsSaved() {
    Page page = newPage("de-DE");
    UsersPage users = LoginPage.open(page, CRM).logIn("admin", "demo").openUsers();
    users.startNewUser().save();
    expect(users.messageFor("username")).not().isEmpty();
    expect(users.messageFor("displayName")).not().isEmpty();
    expect(users.messageFor("roles")).containsText("mindestens eine Rolle");
    expect(users.messageFor("initialPassword")).containsText("Bitte füllen Sie dieses Feld aus");

    users
        .fill("username", "hans meier!")
        .fill("displayName", "Hans Meier")
        .fill("email", "kein-mail")
        .tickRole("Service")
        .fill("initialPassword", "Willkommen-2026")
        .save();
    expect(users.messageFor("username")).containsText("Buchstaben, Ziffern");
    expect(users.messageFor("email")).not().isEmpty();

    // a password is never sent back to the browser, so it is typed again after a refused save
    users
        .fill("username", "Sales")
        .fill("email", "hans@example.com")
        .fill("initialPassword", "Willkommen-2026")
        .save();
    expect(users.messageFor("username")).containsText("bereits vergeben");
    screenshot(page, "admin-users-validation");

    users.cancel().search("hans");
    expect(users.rows().first()).containsText("Nichts gefunden");
  }

  @Test
  void anAdministratorCreatesATeamMovesAUserIntoItAndResetsTheirPassword() {
    String username = unique("otto.");
    String team = unique("Vertrieb West ");
    Page page = newPage("de-DE");
    ShellPage shell = LoginPage.open(page, CRM).logIn("admin", "demo");
    page.locator("#nav-teams").click();
    page.locator("#listForm\\:newTeam").click();
    waitForDialogFocus(page, "teamDialog");
    page.locator("#teamForm\\:name").fill(team);
    page.locator("#teamForm\\:description").fill("Nordrhein-Westfalen und Hessen");
    page.locator("#teamForm\\:save").click();
    expect(page.locator("#listForm\\:teams")).containsText(team);

    UsersPage users = shell.openUsers();
    users
        .startNewUser()
        .fill("username", username)
        .fill("displayName", "Otto Ohm")
        .tickRole("Vertrieb")
        .fill("initialPassword", "Willkommen-2026")
        .saveAndClose();
    users.search(username);
    expect(users.rows()).hasCount(1);
    users.editFirstRow();
    expect(page.locator("#userDialogTitle")).hasText("Benutzer bearbeiten");
    users
        .fill("displayName", "Otto Ohm-Becker")
        .chooseTeam(team)
        .tickRole("Teamleitung")
        .saveAndClose();
    expect(users.rows().first()).containsText("Otto Ohm-Becker");
    expect(users.rows().first()).containsText(team);
    expect(users.rows().first()).containsText("Teamleitung");

    users.editFirstRow();
    String temporary = users.resetPassword();
    assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);
    screenshot(page, "admin-password-reset");

    Page theirs = newPage("de-DE");
    ShellPage start = LoginPage.open(theirs, CRM).logIn(username, temporary);
    expect(start.welcome()).containsText("Otto Ohm-Becker");
    expect(theirs.locator(".crm-banner")).containsText("vorläufiges Passwort");
    expect(theirs.locator("#me-team")).hasText(team);
  }

  @Test
  void aDeactivatedUserCanNoLongerLogIn() {
    String username = unique("paul.");
    Page page = newPage("de-DE");
    UsersPage users = LoginPage.open(page, CRM).logIn("admin", "demo").openUsers();
    users
        .startNewUser()
        .fill("username", username)
        .fill("displayName", "Paul Pohl")
        .tickRole("Marketing")
        .fill("initialPassword", "Willkommen-2026")
        .saveAndClose();
    users.search(username);
    expect(users.rows()).hasCount(1);
    page.locator("#listForm\\:users\\:0\\:deactivate").click();
    page.locator("#confirm\\:yes").click();
    expect(users.rows().first()).containsText("Deaktiviert");

    Page theirs = newPage("de-DE");
    LoginPage login =
        LoginPage.open(theirs, CRM).logInExpectingFailure(username, "Willkommen-2026");
    expect(login.error()).isVisible();
  }
}
