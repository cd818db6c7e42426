package de.opencrm.it.browser.page;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** A person's page, as far as the tests read and act on it. */
public final class PersonPage {

  private final Page page;

  public PersonPage(Page page) {
    this.page = page;
    page.locator("[role=tablist].crm-tabs").waitFor();
  }

  public Locator heading() {
    return page.locator("main h1");
  }

  /** What imports kept unchecked on the person, an item each. */
  public Locator uncheckedValues() {
    return page.locator("#uncheckedValues li");
  }

  public PersonPage markChecked() {
    page.locator("#unchecked\\:markChecked").click();
    page.locator("#unchecked")
        .waitFor(
            new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
    return this;
  }

  public Locator messages() {
    return page.locator("#pageMessages");
  }
}
