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

/**
 * Entering a company that already exists under another legal form shows it before saving; the user
 * may still save when it is a different one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DuplicatePageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  private static void newCompany(Page page, String name) {
    page.locator("#nav-accounts").click();
    page.locator("#listForm\\:newAccount").click();
    page.locator("#accountForm\\:name").fill(name);
    page.locator("#accountForm\\:street").fill("Hohe Straße 5");
    page.locator("#accountForm\\:postalCode").fill("50667");
    page.locator("#accountForm\\:city").fill("Köln");
    page.locator("#accountForm\\:save").click();
  }

  @Test
  void aLikelyDuplicateIsShownBeforeSavingAndCanBeOverruled() {
    String tag = TestData.letterTag();
    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("sales", "demo");
    newCompany(page, "Schmidt " + tag + " GmbH & Co. KG");
    expect(page.locator("main h1")).hasText("Schmidt " + tag + " GmbH & Co. KG");

    newCompany(page, "Schmidt " + tag + " KG");
    var warning = page.locator("#duplicateWarning");
    expect(warning).containsText("Das gibt es möglicherweise schon");
    expect(warning).containsText("Schmidt " + tag + " GmbH & Co. KG");
    expect(warning).containsText("gleicher Name");
    expect(warning).containsText("gleiche Anschrift");
    expect(page.locator("main h1")).hasText("Neue Firma");
    screenshot(page, "duplicate-warning");

    page.locator("#accountForm\\:saveAnyway").click();
    expect(page.locator("main h1")).hasText("Schmidt " + tag + " KG");
  }
}
