package de.opencrm.it.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.TestData;
import de.opencrm.it.browser.page.JournalSection;
import de.opencrm.it.browser.page.LoginPage;
import de.opencrm.it.browser.page.RecordPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A sales rep enters the same person twice under two spellings, merges the second into the first
 * field by field (choosing the duplicate's value where both hold one in a custom field), sees its
 * journal come along, and undoes the merge.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContactMergePageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  private static void newContact(
      Page page, String first, String last, String field, String value, String tag, String hobby) {
    page.locator("#nav-contacts").click();
    page.locator("#listForm\\:newContact").click();
    page.locator("#contactForm\\:firstName").fill(first);
    page.locator("#contactForm\\:lastName").fill(last);
    page.locator("#contactForm\\:" + field).fill(value);
    page.locator("input.crm-custom-hobby_" + tag).fill(hobby);
    page.locator("#contactForm\\:save").click();
  }

  /** The administrator adds or retires the text field "Hobby …". */
  private void hobbyField(String tag, boolean active) {
    Page admin = newPage("de-DE");
    LoginPage.open(admin, CRM).logIn("admin", "demo");
    admin.locator("#nav-custom_fields").click();
    admin
        .locator("#listForm\\:kind label", new Page.LocatorOptions().setHasText("Personen"))
        .click();
    expect(admin.locator("#listForm\\:kind").getByLabel("Personen")).isChecked();
    if (active) {
      admin.locator("#listForm\\:newField").click();
      waitForDialogFocus(admin, "fieldDialog");
      admin.locator("#fieldForm\\:labelDe").fill("Hobby " + tag);
      admin.locator("#fieldForm\\:labelEn").fill("Hobby " + tag);
    } else {
      admin
          .locator(
              "#listForm\\:fields_data tr", new Page.LocatorOptions().setHasText("Hobby " + tag))
          .locator("button[id$=edit]")
          .click();
      waitForDialogFocus(admin, "fieldDialog");
      admin.locator("#fieldForm\\:active .ui-chkbox-box").click();
    }
    admin.locator("#fieldForm\\:save").click();
    expect(admin.locator("#pageMessages")).containsText("gespeichert");
  }

  @Test
  void twoSpellingsOfOnePersonAreMergedAndTheMergeIsUndone() {
    String tag = TestData.letterTag();
    hobbyField(tag, true);
    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("sales", "demo");
    newContact(
        page, "Anna", "Meier" + tag, "email", "anna." + tag + "@meier.example", tag, "Segeln");
    expect(page.locator("main h1")).hasText("Anna Meier" + tag);
    String meier = page.url();

    newContact(page, "Anna", "Meyer" + tag, "phone", "030 1234567", tag, "Rudern");
    expect(page.locator("#duplicateWarning")).containsText("Anna Meier" + tag);
    page.locator("#contactForm\\:saveAnyway").click();
    expect(page.locator("main h1")).hasText("Anna Meyer" + tag);
    new JournalSection(page).logActivity("Notiz", "Messegespräch " + tag, "", "", "");

    page.navigate(meier);
    new RecordPage(page).startMerge();
    BrowserTest.waitForDialogFocus(page, "mergeDialog");
    page.locator("#mergeStart\\:duplicate_input")
        .pressSequentially("meyer" + tag, new Locator.PressSequentiallyOptions().setDelay(30));
    page.locator(
            "#mergeStart\\:duplicate_panel .ui-autocomplete-item",
            new Page.LocatorOptions().setHasText("Meyer" + tag))
        .click();
    page.locator("#mergeStart\\:compare").click();

    expect(page.locator("main h1")).hasText("Kontakte zusammenführen");
    Locator phoneRow =
        page.locator("table.crm-merge tr", new Page.LocatorOptions().setHasText("Telefon"));
    expect(phoneRow.getByLabel("030 1234567")).isChecked();
    expect(phoneRow.getByLabel("–")).not().isChecked();
    Locator hobbyRow =
        page.locator("table.crm-merge tr", new Page.LocatorOptions().setHasText("Hobby " + tag));
    expect(hobbyRow.getByLabel("Segeln")).isChecked();
    hobbyRow.getByText("Rudern").click();
    expect(hobbyRow.getByLabel("Rudern")).isChecked();
    screenshot(page, "contact-merge");
    page.locator("#mergeForm\\:merge").click();

    expect(page.locator("main h1")).hasText("Anna Meier" + tag);
    expect(new JournalSection(page).timeline()).containsText("Messegespräch " + tag);
    RecordPage merged = new RecordPage(page).tab("details");
    expect(merged.value("phone")).containsText("030 1234567");
    expect(page.locator(".crm-custom-hobby_" + tag)).hasText("Rudern");
    expect(page.locator("#mergeNote")).containsText("Meyer" + tag);

    page.locator("#mergeNote\\:undoMerge").click();
    page.locator("#confirm\\:yes").click();
    expect(page.locator("#pageMessages")).containsText("wieder da");
    expect(new JournalSection(page).timeline()).not().containsText("Messegespräch");
    expect(page.locator("#mergeNote")).hasCount(0);
    RecordPage undone = new RecordPage(page).tab("details");
    expect(undone.value("phone")).hasText("–");
    expect(page.locator(".crm-custom-hobby_" + tag)).hasText("Segeln");
    hobbyField(tag, false);
  }
}
