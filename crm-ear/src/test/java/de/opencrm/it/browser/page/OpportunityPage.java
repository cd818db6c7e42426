package de.opencrm.it.browser.page;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.opencrm.it.browser.BrowserTest;

/** One opportunity's page: its facts, the buying centre, its stage and the stage history. */
public final class OpportunityPage extends ShellPage {

  private final RecordPage record;

  public OpportunityPage(Page page) {
    super(page);
    this.record = new RecordPage(page);
  }

  public Locator source() {
    return page.locator("#opportunitySource");
  }

  public Locator weightedAmount() {
    return page.locator("#weightedAmount");
  }

  public Locator outcome() {
    return page.locator("#opportunityOutcome");
  }

  /** The rows of the stage history, in its tab. */
  public Locator stageHistory() {
    record.tab("history");
    return page.locator("#stageHistory tbody tr");
  }

  /** Gives the person (found by what is typed, chosen by its label) a role in the buying centre. */
  public OpportunityPage assignBuyingRole(String personTyped, String person, String role) {
    record.tab("buying");
    if (person != null) {
      BrowserTest.chooseFromMenu(page, "buyingForm:person", personTyped, person);
    }
    if (role != null) {
      BrowserTest.chooseFromMenu(page, "buyingForm:role", role.substring(0, 3), role);
    }
    page.locator("#buyingForm\\:assignRole").click();
    return this;
  }

  public Locator buyingRoleMessage() {
    return page.locator("#buyingForm\\:personMessage");
  }

  /** The rows of the buying centre. */
  public Locator buyingCentre() {
    return page.locator("#buyingForm\\:buyingContacts_data tr");
  }

  /** Opens the form and picks a stage by what is typed and its label ("Ang", "Angebot (50 %)"). */
  public OpportunityPage chooseStage(String typed, String stage) {
    record.edit();
    BrowserTest.chooseFromMenu(page, "opportunityForm:stage", typed, stage);
    return this;
  }

  public OpportunityPage giveLostReason(String reason) {
    page.locator("#opportunityForm\\:lostReason").fill(reason);
    return this;
  }

  public Locator lostReason() {
    return page.locator("#opportunityForm\\:lostReason");
  }

  public Locator lostReasonMessage() {
    return page.locator("#opportunityForm\\:lostReasonMessage");
  }

  public OpportunityPage save() {
    page.locator("#opportunityForm\\:save").click();
    return this;
  }
}
