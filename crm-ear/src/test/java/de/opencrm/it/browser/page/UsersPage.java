package de.opencrm.it.browser.page;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import de.opencrm.it.browser.BrowserTest;
import java.util.regex.Pattern;

/** The administrator's user list and its create/edit dialog. */
public final class UsersPage extends ShellPage {

  public UsersPage(Page page) {
    super(page);
    page.locator("#listForm\\:users").waitFor();
  }

  public UsersPage startNewUser() {
    page.locator("#listForm\\:newUser").click();
    BrowserTest.waitForDialogFocus(page, "userDialog");
    return this;
  }

  public UsersPage fill(String field, String value) {
    page.locator("#userForm\\:" + field).fill(value);
    return this;
  }

  /** Ticks a role by its label as the user reads it ("Vertrieb"). */
  public UsersPage tickRole(String label) {
    page.locator(
            "#userForm\\:roles label",
            new Page.LocatorOptions().setHasText(Pattern.compile("^" + label + "$")))
        .click();
    return this;
  }

  /** Opens the edit dialog of the only row the list shows. */
  public UsersPage editFirstRow() {
    page.locator("#listForm\\:users\\:0\\:edit").click();
    BrowserTest.waitForDialogFocus(page, "userDialog");
    return this;
  }

  /**
   * Picks a team from the dropdown once its opening animation is over (PrimeFaces ignores clicks
   * before).
   */
  public UsersPage chooseTeam(String team) {
    Locator panel = page.locator("#userForm\\:teamId_panel");
    page.locator("#userForm\\:teamId").click();
    page.waitForFunction(
        "id => { const p = document.getElementById(id);"
            + " return p && getComputedStyle(p).display !== 'none'"
            + " && !p.classList.contains('ui-connected-overlay-enter'); }",
        "userForm:teamId_panel");
    panel.locator("li", new Locator.LocatorOptions().setHasText(team)).click();
    panel.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
    return this;
  }

  /** Resets the password and reads the temporary one from the dialog that shows it once. */
  public String resetPassword() {
    page.locator("#userForm\\:resetPassword").click();
    page.locator("#confirm\\:yes").click();
    Locator shown = page.locator("#temporaryPassword");
    shown.waitFor();
    return shown.innerText().strip();
  }

  /** Saves a valid form: the dialog closes and the list shows the change. */
  public UsersPage saveAndClose() {
    save();
    page.locator("#userDialog")
        .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
    return this;
  }

  public UsersPage save() {
    page.locator("#userForm\\:save").click();
    return this;
  }

  public UsersPage cancel() {
    page.locator("#userForm\\:cancel").click();
    page.locator("#userDialog")
        .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
    return this;
  }

  /** The message shown next to a field of the dialog. */
  public Locator messageFor(String field) {
    return page.locator("#userForm\\:" + field + "Message");
  }

  public Locator fieldMessages() {
    return page.locator("#userForm .ui-message-error");
  }

  public Locator growl() {
    return page.locator(".ui-growl-message").last();
  }

  public UsersPage search(String text) {
    Locator filter = page.locator("#listForm\\:filter");
    filter.fill("");
    filter.pressSequentially(text);
    return this;
  }

  public Locator rows() {
    return page.locator("#listForm\\:users_data tr");
  }
}
