package de.opencrm.it.browser;

import com.microsoft.playwright.Page;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.TestData;
import de.opencrm.it.browser.page.LoginPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A sales rep hides a column, saves the filtered list as a view and gets it back later. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ListViewPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  @Test
  void aFilteredListWithoutOneColumnIsSavedAsAViewAndRestored() {
    String name = "Köln " + TestData.letterTag();
    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("sales", "demo");
    page.locator("#nav-accounts").click();
    page.locator("#listForm\\:filter").pressSequentially("koeln");
    expect(page.locator("#listForm\\:accounts_data")).not().containsText("Zürcher");
    expect(page.locator("#listForm\\:accounts\\:erpDebtorNumber")).isVisible();

    page.locator("#listForm\\:columns").click();
    page.locator(".ui-columntoggler li", new Page.LocatorOptions().setHasText("ERP-Debitorennr."))
        .locator(".ui-chkbox-box")
        .click();
    expect(page.locator("#listForm\\:accounts\\:erpDebtorNumber")).isHidden();
    page.keyboard().press("Escape");

    page.locator("#listForm\\:saveView").click();
    waitForDialogFocus(page, "saveViewDialog");
    page.locator("#saveViewForm\\:name").fill(name);
    page.locator("#saveViewForm\\:save").click();
    expect(page.locator("#pageMessages")).containsText("Ansicht „" + name + "“ gespeichert.");

    page.locator("#nav-accounts").click();
    expect(page.locator("#listForm\\:accounts_data")).containsText("Zürcher");
    expect(page.locator("#listForm\\:accounts\\:erpDebtorNumber")).isVisible();
    page.locator("#listForm\\:savedView").click();
    page.locator("#listForm\\:savedView_items li", new Page.LocatorOptions().setHasText(name))
        .click();
    expect(page.locator("#listForm\\:filter")).hasValue("koeln");
    expect(page.locator("#listForm\\:accounts_data")).not().containsText("Zürcher");
    expect(page.locator("#listForm\\:accounts_data")).containsText("Rheinland Logistik");
    expect(page.locator("#listForm\\:accounts\\:erpDebtorNumber")).isHidden();
    screenshot(page, "saved-view");
  }
}
