package de.opencrm.it.browser.page;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import de.opencrm.it.browser.BrowserTest;

/** The lead list, its filters and the dialog that enters a lead by hand. */
public final class LeadsPage extends ShellPage {

  public LeadsPage(Page page) {
    super(page);
    page.locator("#listForm\\:leads").waitFor();
  }

  public static LeadsPage open(Page page) {
    page.locator("#nav-leads").click();
    return new LeadsPage(page);
  }

  public LeadsPage startNewLead() {
    page.locator("#listForm\\:newLead").click();
    BrowserTest.waitForDialogFocus(page, "leadDialog");
    return this;
  }

  public LeadsPage fill(String field, String value) {
    page.locator("#leadForm\\:" + field).fill(value);
    return this;
  }

  /** Saves a valid lead: the browser opens its page. */
  public LeadPage saveAndOpen() {
    page.locator("#leadForm\\:save").click();
    page.locator("#leadPage").waitFor();
    return new LeadPage(page);
  }

  public LeadsPage save() {
    page.locator("#leadForm\\:save").click();
    return this;
  }

  public Locator messageFor(String field) {
    return page.locator("#leadForm\\:" + field + "Message");
  }

  public LeadsPage search(String text) {
    Locator filter = page.locator("#listForm\\:filter");
    filter.fill("");
    filter.pressSequentially(text);
    return this;
  }

  public Locator rows() {
    return page.locator("#listForm\\:leads_data tr");
  }

  public LeadPage openFirst() {
    rows().first().locator("a.crm-lead-link").click();
    page.locator("#leadPage").waitFor();
    return new LeadPage(page);
  }

  public void closeDialog() {
    page.locator("#leadForm\\:cancel").click();
    page.locator("#leadDialog")
        .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
  }
}
