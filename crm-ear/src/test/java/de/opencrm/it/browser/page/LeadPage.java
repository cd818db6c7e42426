package de.opencrm.it.browser.page;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.opencrm.it.browser.BrowserTest;

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

  /** Who has the lead, in the tab of its origin and routing. */
  public Locator owner() {
    tab("origin");
    return page.locator("#leadOwner");
  }

  public Locator routing() {
    tab("origin");
    return page.locator("#routingExplanation");
  }

  public Locator origin() {
    tab("origin");
    return page.locator("#leadOrigin");
  }

  /** The scoring's reasons, in the tab of the lead's scoring. */
  public Locator scoreBreakdown() {
    tab("score");
    return page.locator("#scoreBreakdown");
  }

  /** Opens one of the page's tabs (overview, origin, score) unless it is open. */
  public LeadPage tab(String name) {
    Locator tab = page.locator("#tab-" + name);
    if (!"true".equals(tab.getAttribute("aria-selected"))) {
      tab.click();
    }
    return this;
  }

  public Locator statusSection() {
    return page.locator("#statusHeading");
  }

  /** Picks the next status and reason by their labels ("Disqualifiziert", "Kein Budget"). */
  public LeadPage changeStatus(String status, String reason) {
    tab("overview");
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

  public Locator score() {
    return page.locator("#leadScore");
  }

  /** Sales accept the lead (MQL to SQL). */
  public LeadPage accept() {
    page.locator("#leadPage\\:accept").click();
    return this;
  }

  /** Opens the conversion: the company and person it proposes, an opportunity if wished. */
  public LeadPage startConversion() {
    page.locator("#leadPage\\:startConversion").click();
    return this;
  }

  public Locator conversionStart() {
    return page.locator("#startConversion");
  }

  public Locator proposedCompany() {
    return page.locator("#leadPage\\:accountChoice");
  }

  public Locator proposedPerson() {
    return page.locator("#leadPage\\:contactChoice");
  }

  /** Asks the conversion to open an opportunity too. */
  public LeadPage withOpportunity() {
    page.locator("#leadPage\\:withOpportunity .ui-chkbox-box").click();
    return this;
  }

  public Locator opportunityName() {
    return page.locator("#leadPage\\:opportunityName");
  }

  /** Names the opportunity and its amount; leaving the amount formats it (40.000,00). */
  public LeadPage describeOpportunity(String name, String amount) {
    opportunityName().fill(name);
    Locator field = page.locator("#leadPage\\:opportunityAmount_input");
    field.fill(amount);
    field.blur();
    return this;
  }

  public LeadPage convert() {
    page.locator("#leadPage\\:convert").click();
    return this;
  }

  public OpportunityPage openConvertedOpportunity() {
    page.locator("#leadPage\\:convertedOpportunity").click();
    return new OpportunityPage(page);
  }

  public RecordPage openConvertedCompany() {
    page.locator("#leadPage\\:convertedAccount").click();
    return new RecordPage(page);
  }
}
