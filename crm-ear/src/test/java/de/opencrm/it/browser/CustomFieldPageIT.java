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
 * An administrator adds a single-choice field to companies; a sales rep fills it on a new company,
 * sees it as a list column and filters the list by it; the administrator then deactivates it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomFieldPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  /** Picks a menu entry from the keyboard: focus the menu, type the entry's start. */
  private static void choose(Page page, String menuId, String label) {
    String id = menuId.replace(":", "\\:");
    page.locator("#" + id + "_label").focus();
    page.keyboard().type(label);
    expect(page.locator("#" + id + "_label")).hasText(label);
  }

  @Test
  void anAdministratorsFieldIsFilledListedAndFilteredBy() {
    String word = TestData.letterTag();
    String label = "Kundenklasse " + word;
    Page admin = newPage("de-DE");
    LoginPage.open(admin, CRM).logIn("admin", "demo");
    admin.locator("#nav-custom_fields").click();
    admin.locator("#listForm\\:newField").click();
    waitForDialogFocus(admin, "fieldDialog");
    admin.locator("#fieldForm\\:labelDe").fill(label);
    admin.locator("#fieldForm\\:labelEn").fill("Customer class " + word);
    admin
        .locator("#fieldForm\\:type label", new Page.LocatorOptions().setHasText("Auswahl"))
        .click();
    admin.locator("#fieldForm\\:choices").fill("A-Kunde\nB-Kunde\nC-Kunde");
    admin.locator("#fieldForm\\:listed .ui-chkbox-box").click();
    admin.locator("#fieldForm\\:save").click();
    expect(admin.locator("#pageMessages")).containsText("Feld „" + label + "“ gespeichert.");
    expect(admin.locator("#listForm\\:fields_data")).containsText("kundenklasse_" + word);
    screenshot(admin, "custom-fields-admin");

    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("sales", "demo");
    page.navigate(CRM + "accounts/account.xhtml");
    page.locator("#accountForm\\:name").fill("Klassenbeste GmbH " + word);
    String menu = page.locator(".crm-custom-kundenklasse_" + word).getAttribute("id");
    choose(page, menu, "B-Kunde");
    page.locator("#accountForm\\:save").click();
    expect(page.locator("main h1")).hasText("Klassenbeste GmbH " + word);
    new RecordPage(page);
    expect(page.locator("dd.crm-custom-kundenklasse_" + word)).hasText("B-Kunde");

    page.locator("#nav-accounts").click();
    expect(page.locator("#listForm\\:accounts_head")).containsText(label);
    choose(page, "listForm:customField", label);
    choose(page, "listForm:customChoice", "B-Kunde");
    page.locator("#listForm\\:filter").pressSequentially(word);
    Locator rows = page.locator("#listForm\\:accounts_data tr");
    expect(rows).hasCount(1);
    expect(rows.first()).containsText("Klassenbeste GmbH " + word);
    expect(rows.first()).containsText("B-Kunde");
    choose(page, "listForm:customChoice", "A-Kunde");
    expect(page.locator("#listForm\\:accounts_data")).not().containsText("Klassenbeste");
    screenshot(page, "custom-field-filter");

    // a new page closes the previous one: the administrator logs in again
    admin = newPage("de-DE");
    LoginPage.open(admin, CRM).logIn("admin", "demo");
    admin.locator("#nav-custom_fields").click();
    Locator row =
        admin.locator("#listForm\\:fields_data tr", new Page.LocatorOptions().setHasText(label));
    row.locator("button[id$=edit]").click();
    waitForDialogFocus(admin, "fieldDialog");
    expect(admin.locator("#fieldForm\\:labelDe")).hasValue(label);
    admin.locator("#fieldForm\\:active .ui-chkbox-box").click();
    admin.locator("#fieldForm\\:save").click();
    expect(admin.locator("#pageMessages")).containsText("gespeichert");
    admin.navigate(CRM + "accounts/account.xhtml");
    expect(admin.locator("#accountForm\\:name")).isVisible();
    expect(admin.locator(".crm-custom-kundenklasse_" + word)).hasCount(0);
  }
}
