package de.opencrm.it.browser.page;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** A user changing their own password. */
public final class PasswordPage extends ShellPage {

  public PasswordPage(Page page) {
    super(page);
    page.locator("#passwordForm").waitFor();
  }

  public PasswordPage change(String current, String next, String repeated) {
    page.locator("#passwordForm\\:currentPassword").fill(current);
    page.locator("#passwordForm\\:newPassword").fill(next);
    page.locator("#passwordForm\\:repeatedPassword").fill(repeated);
    page.locator("#passwordForm\\:change").click();
    return this;
  }

  /** The message shown next to a field. */
  public Locator messageFor(String field) {
    return page.locator("#passwordForm\\:" + field + "Message");
  }

  /** The confirmation that stays on the page after a successful change. */
  public Locator confirmation() {
    return page.locator("#passwordForm\\:passwordMessages");
  }
}
