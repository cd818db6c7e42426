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
 * A sales rep enters the same person twice (overruling the warning), starts the duplicate search
 * and finds the pair, with its reasons, on the review page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DuplicateScanPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  private static void enter(Page page, String first, String last, String email, boolean warned) {
    page.navigate(CRM + "contacts/contact.xhtml");
    page.locator("#contactForm\\:firstName").fill(first);
    page.locator("#contactForm\\:lastName").fill(last);
    page.locator("#contactForm\\:email").fill(email);
    page.locator("#contactForm\\:save").click();
    if (warned) {
      page.locator("#contactForm\\:saveAnyway").click();
    }
    expect(page.locator("main h1")).containsText(last);
  }

  @Test
  void theSearchFindsAPersonEnteredTwice() {
    String word = TestData.letterTag();
    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("sales", "demo");
    enter(page, "Grete", "Schmidt" + word, "grete." + word + "@example.de", false);
    enter(page, "Grete", "Schmitt" + word, "grete." + word + "@example.de", true);

    page.locator("#nav-contacts").click();
    page.locator("#listForm\\:duplicates").click();
    page.locator("#duplicates\\:scan").click();
    expect(page.locator("#duplicates\\:scanStatus")).containsText("Zuletzt vollständig gesucht");
    expect(page.locator("#duplicates\\:people_data")).containsText("Schmidt" + word);
    expect(page.locator("#duplicates\\:people_data")).containsText("gleiche E-Mail-Adresse");
    screenshot(page, "duplicate-scan");
  }
}
