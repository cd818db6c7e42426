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
 * A sales rep merges two spellings of one company from its page, taking the ERP number of the
 * duplicate; its person comes along; the merge is undone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountMergePageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  private static void newCompany(Page page, String name, String erp) {
    page.navigate(CRM + "accounts/account.xhtml");
    page.locator("#accountForm\\:name").fill(name);
    page.locator("#accountForm\\:erpDebtorNumber").fill(erp);
    page.locator("#accountForm\\:save").click();
    Locator saveAnyway = page.locator("#accountForm\\:saveAnyway");
    Locator saved = page.locator("main h1", new Page.LocatorOptions().setHasText(name));
    // a similar name shows the likely duplicate first; this test saves anyway
    expect(saved.or(saveAnyway).first()).isVisible();
    if (saveAnyway.isVisible()) {
      saveAnyway.click();
    }
    expect(page.locator("main h1")).hasText(name);
  }

  @Test
  void twoSpellingsOfOneCompanyAreMergedAndTheMergeIsUndone() {
    String tag = TestData.letterTag();
    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("sales", "demo");
    newCompany(page, "Nordlicht Handel " + tag, "");
    String keep = page.url();
    newCompany(page, "Nord-Licht Handel " + tag, "N-" + tag);
    new RecordPage(page).tab("related");
    page.locator("#accountContacts\\:newContact").click();
    page.locator("#contactForm\\:lastName").fill("Angestellt" + tag);
    page.locator("#contactForm\\:save").click();
    expect(page.locator("main h1")).hasText("Angestellt" + tag);

    page.navigate(keep);
    new RecordPage(page).startMerge();
    BrowserTest.waitForDialogFocus(page, "mergeDialog");
    page.locator("#mergeStart\\:duplicate_input")
        .pressSequentially(
            "nord-licht handel " + tag, new Locator.PressSequentiallyOptions().setDelay(30));
    page.locator(
            "#mergeStart\\:duplicate_panel .ui-autocomplete-item",
            new Page.LocatorOptions().setHasText("Nord-Licht Handel " + tag))
        .click();
    page.locator("#mergeStart\\:compare").click();

    expect(page.locator("main h1")).hasText("Firmen zusammenführen");
    Locator erpRow =
        page.locator(
            "table.crm-merge tr", new Page.LocatorOptions().setHasText("ERP-Debitorennr."));
    expect(erpRow.getByLabel("N-" + tag)).isChecked();
    screenshot(page, "account-merge");
    page.locator("#mergeForm\\:merge").click();

    expect(page.locator("main h1")).hasText("Nordlicht Handel " + tag);
    RecordPage merged = new RecordPage(page).tab("details");
    expect(merged.value("erpDebtorNumber")).hasText("N-" + tag);
    merged.tab("related");
    expect(page.locator("#accountContacts\\:contacts_data")).containsText("Angestellt" + tag);
    expect(page.locator("#mergeNote")).containsText("Nord-Licht Handel " + tag);

    page.locator("#mergeNote\\:undoMerge").click();
    page.locator("#confirm\\:yes").click();
    expect(page.locator("#pageMessages")).containsText("wieder da");
    RecordPage undone = new RecordPage(page).tab("details");
    expect(undone.value("erpDebtorNumber")).hasText("–");
    undone.tab("related");
    expect(page.locator("#accountContacts\\:contacts_data")).not().containsText("Angestellt");
    expect(page.locator("#mergeNote")).hasCount(0);
  }
}
