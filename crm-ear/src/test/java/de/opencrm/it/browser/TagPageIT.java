package de.opencrm.it.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.TestData;
import de.opencrm.it.browser.page.LoginPage;
import de.opencrm.it.browser.page.RecordPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A sales rep tags two people at once from the contact list and filters the list by the tag; a
 * marketing colleague adds a tag to a person they may otherwise only read.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TagPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  private static String createPerson(Page page, String lastName) {
    page.navigate(CRM + "contacts/contact.xhtml");
    page.locator("#contactForm\\:lastName").fill(lastName);
    page.locator("#contactForm\\:save").click();
    expect(page.locator("main h1")).hasText(lastName);
    return page.url();
  }

  /** Types into a tag field and picks the suggestion that is exactly the text. */
  private static void pickTag(Page page, String field, String tag) {
    page.locator("#" + field.replace(":", "\\:") + "_input").pressSequentially(tag);
    page.locator(
            "#" + field.replace(":", "\\:") + "_panel .ui-autocomplete-item",
            new Page.LocatorOptions().setHasText(tag))
        .first()
        .click();
  }

  @Test
  void twoPeopleAreTaggedAtOnceFoundByTheTagAndMarketingAddsAnother() {
    String word = TestData.letterTag();
    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("sales", "demo");
    String first = createPerson(page, "Etikett" + word + "a");
    createPerson(page, "Etikett" + word + "b");

    page.locator("#nav-contacts").click();
    page.locator("#listForm\\:filter").pressSequentially("etikett" + word);
    Locator rows = page.locator("#listForm\\:contacts_data tr");
    expect(rows).hasCount(2);
    rows.nth(0).locator(".ui-chkbox-box").click();
    rows.nth(1).locator(".ui-chkbox-box").click();
    page.locator("#listForm\\:massEdit").click();
    waitForDialogFocus(page, "massDialog");
    expect(page.locator("#massSelected")).containsText("2 ausgewählt");
    pickTag(page, "massForm:addTags", "Messe " + word);
    page.locator("#massForm\\:apply").click();
    expect(page.locator("#pageMessages")).containsText("2 Datensätze geändert.");
    expect(page.locator("#listForm\\:contacts_data")).containsText("Messe " + word);
    screenshot(page, "tags-mass-edit");

    page.locator("#listForm\\:filter").fill("");
    page.locator("#listForm\\:filter").press("Backspace");
    pickTag(page, "listForm:tagFilter", "Messe " + word);
    expect(rows).hasCount(2);
    expect(page.locator("#listForm\\:contacts_data")).containsText("Etikett" + word + "a");

    Page marketing = newPage("de-DE");
    LoginPage.open(marketing, CRM).logIn("marketing", "demo");
    marketing.navigate(first);
    new RecordPage(marketing).edit();
    expect(marketing.locator("#contactForm\\:lastName")).isDisabled();
    pickTag(marketing, "contactForm:tags", "VIP " + word);
    marketing.locator("#contactForm\\:saveTags").click();
    expect(marketing.locator("#pageMessages")).containsText("Schlagwörter von Etikett");
    RecordPage tagged = new RecordPage(marketing);
    expect(tagged.value("tags")).containsText("VIP " + word);
    expect(tagged.value("tags")).containsText("Messe " + word);
  }
}
