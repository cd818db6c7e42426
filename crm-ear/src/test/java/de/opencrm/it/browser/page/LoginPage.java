package de.opencrm.it.browser.page;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The login form, as a user fills it in. */
public final class LoginPage {

  private final Page page;

  private LoginPage(Page page) {
    this.page = page;
  }

  public static LoginPage open(Page page, String crm) {
    page.navigate(crm);
    return new LoginPage(page);
  }

  public ShellPage logIn(String username, String password) {
    page.locator("#j_username").fill(username);
    page.locator("#j_password").fill(password);
    page.locator("#login-submit").click();
    return new ShellPage(page);
  }

  public LoginPage logInExpectingFailure(String username, String password) {
    logIn(username, password);
    return this;
  }

  public Locator heading() {
    return page.locator("main h1");
  }

  public Locator error() {
    return page.locator("#login-error");
  }

  public Locator status() {
    return page.locator("main [role=status]");
  }

  public LoginPage switchLanguage(String language) {
    page.locator("#lang-" + language).click();
    return this;
  }
}
