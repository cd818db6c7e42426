package de.opencrm.it.browser.page;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;

/** What every page after login has: the menu, the user's name, the language switch, logout. */
public class ShellPage {

  protected final Page page;

  public ShellPage(Page page) {
    this.page = page;
  }

  /** The ids of the main menu's entries, in order (nav-start, nav-users, ...). */
  public List<String> menu() {
    page.locator("nav.crm-nav").waitFor();
    return page.locator("nav.crm-nav a").all().stream().map(a -> a.getAttribute("id")).toList();
  }

  public Locator welcome() {
    return page.locator("#welcome");
  }

  public Locator heading() {
    return page.locator("main h1");
  }

  public UsersPage openUsers() {
    page.locator("#nav-users").click();
    return new UsersPage(page);
  }

  public PasswordPage openPasswordChange() {
    page.locator("#nav-me").click();
    return new PasswordPage(page);
  }

  public LoginPage logOut() {
    page.locator("#logout").click();
    return LoginPage.open(page, page.url());
  }

  public ShellPage switchLanguage(String language) {
    page.locator("#lang-" + language).first().click();
    return this;
  }
}
