package de.opencrm.it.browser.page;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

/**
 * What a company's or person's page offers in any of its tabs: the header's actions, the tabs, and
 * the fields, read-only until "Bearbeiten".
 */
public final class RecordPage {

  private final Page page;

  public RecordPage(Page page) {
    this.page = page;
    page.locator("[role=tablist].crm-tabs").waitFor();
  }

  /** Opens a tab (activities, details, related, consents, documents, history) by clicking it. */
  public RecordPage tab(String name) {
    page.locator("#tab-" + name).click();
    page.locator("#panel-" + name)
        .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
    return this;
  }

  /** "Bearbeiten": the fields become a form in the details tab. */
  public RecordPage edit() {
    page.locator("#recordActions\\:edit").click();
    page.locator("#panel-details form .crm-form").first().waitFor();
    return this;
  }

  /** A field's value as the details tab shows it read-only, by the field's name. */
  public Locator value(String field) {
    return page.locator("#" + field + "Value");
  }

  /** Opens the dialog that picks the duplicate to merge into this record. */
  public void startMerge() {
    page.locator("#recordActions\\:merge").click();
  }

  public Locator action(String id) {
    return page.locator("#recordActions\\:" + id);
  }
}
