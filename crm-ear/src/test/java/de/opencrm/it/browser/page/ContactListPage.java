package de.opencrm.it.browser.page;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.opencrm.it.browser.BrowserTest;
import java.nio.file.Path;

/** The contact list ("Personen"), as a user imports into it, filters and opens it. */
public final class ContactListPage {

  private final Page page;

  private ContactListPage(Page page) {
    this.page = page;
  }

  public static ContactListPage open(Page page) {
    page.locator("#nav-contacts").click();
    page.locator("#listForm\\:contacts").waitFor();
    return new ContactListPage(page);
  }

  public ContactListPage importVCards(Path file) {
    page.locator("#listForm\\:importVCard").click();
    BrowserTest.waitForDialogFocus(page, "importDialog");
    page.locator("#importForm\\:file_input").setInputFiles(file);
    page.locator("#importForm\\:upload").click();
    page.locator("#importResult").waitFor();
    return this;
  }

  public Locator importResult() {
    return page.locator("#importResult");
  }

  /** The values the import kept unchecked, a row each (card, name, what). */
  public Locator importWarnings() {
    return page.locator("#listForm\\:warnings_data tr");
  }

  public ContactListPage search(String text) {
    page.locator("#listForm\\:filter").fill("");
    page.locator("#listForm\\:filter").pressSequentially(text);
    return this;
  }

  public ContactListPage onlyUnchecked(boolean only) {
    Locator box = page.locator("#listForm\\:uncheckedFilter .ui-chkbox-box");
    boolean ticked = box.getAttribute("class").contains("ui-state-active");
    if (ticked != only) {
      box.click();
    }
    page.waitForFunction("() => PrimeFaces.ajax.Queue.isEmpty()");
    return this;
  }

  public Locator rows() {
    return page.locator("#listForm\\:contacts_data");
  }

  public PersonPage openPerson(String name) {
    page.locator("#listForm\\:contacts_data a", new Page.LocatorOptions().setHasText(name))
        .first()
        .click();
    return new PersonPage(page);
  }
}
