package de.opencrm.it.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** One lead's page: who, where from, who has it and why, and the next step. */
public final class LeadPage extends ShellPage {

  public LeadPage(Page page) {
    super(page);
  }

  public Locator name() {
    return page.locator("main h1");
  }

  public Locator status() {
    return page.locator("#leadStatus");
  }

  public Locator owner() {
    return page.locator("#leadOwner");
  }

  public Locator routing() {
    return page.locator("#routingExplanation");
  }

  public Locator origin() {
    return page.locator("#leadOrigin");
  }

  public Locator statusSection() {
    return page.locator("#statusHeading");
  }

  /** Picks the next status and reason by their labels ("Disqualifiziert", "Kein Budget"). */
  public LeadPage changeStatus(String status, String reason) {
    choose("nextStatus", status);
    if (reason != null) {
      choose("statusReason", reason);
    }
    page.locator("#leadPage\\:changeStatus").click();
    return this;
  }

  public Locator reasonMessage() {
    return page.locator("#leadPage\\:statusReasonMessage");
  }

  private void choose(String menu, String label) {
    BrowserTest.chooseFromMenu(page, "leadPage:" + menu, label, label);
  }
}
