package de.opencrm.it.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.browser.page.LoginPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The search box in the header finds a company by a misspelt name and opens it by keyboard. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  @Test
  void aMisspeltNameIsFoundWhileTypingAndOpenedWithEnter() {
    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("service", "demo");
    Locator box = page.locator("#globalSearch\\:q_input");
    box.pressSequentially("mueler maschin", new Locator.PressSequentiallyOptions().setDelay(40));
    Locator suggestions = page.locator("#globalSearch\\:q_panel");
    expect(suggestions).containsText("Firmen");
    expect(suggestions).containsText("Müller Maschinenbau");
    expect(suggestions).containsText("70173 Stuttgart");
    screenshot(page, "global-search");

    box.press("Enter");
    expect(page.locator("main h1")).hasText("Müller Maschinenbau");

    page.locator("#globalSearch\\:q_input").pressSequentially("bpfvbpfv");
    expect(page.locator("#globalSearch\\:q_panel")).containsText("Nichts gefunden.");
  }
}
