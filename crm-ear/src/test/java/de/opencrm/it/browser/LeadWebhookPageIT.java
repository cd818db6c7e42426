package de.opencrm.it.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.browser.page.LoginPage;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrator connects a social network's lead webhook on the web forms page: checks the Meta
 * mapping against the sample delivery, is told which line of a wrong mapping is wrong, saves it and
 * finds its address and secret in the list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LeadWebhookPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  @Test
  void anAdministratorChecksTheMappingAndConnectsAWebhook() {
    String tag = "";
    for (int i = 0; i < 4; i++) {
      tag += (char) ('a' + ThreadLocalRandom.current().nextInt(26));
    }
    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("admin", "demo");
    page.locator("#nav-web_forms").click();
    expect(page.locator("#webhooksHeading")).containsText("Lead-Webhooks");

    page.locator("#webhookForm\\:tryMapping").click();
    Locator found = page.locator("#webhookForm\\:found");
    expect(found).containsText("Hanna Schröder");
    expect(found).containsText("h.schroeder@beispiel.de");
    expect(found).containsText("1234567890");

    Locator mapping = page.locator("#webhookForm\\:mapping");
    mapping.fill("email = /field_data[name=email]/values/0\nschuhgroesse = /x");
    page.locator("#webhookForm\\:hookName").fill("Facebook " + tag);
    page.locator("#webhookForm\\:hookKey").fill("facebook-" + tag);
    page.locator("#webhookForm\\:saveHook").click();
    expect(page.locator("#webhookForm\\:mappingMessage")).containsText("Zeile 2");

    mapping.fill(
        "name = /field_data[name=full_name]/values/0\nemail = /field_data[name=email]/values/0");
    page.locator("#webhookForm\\:saveHook").click();
    Locator row =
        page.locator(
            "#hooksForm\\:webhooks_data tr",
            new Page.LocatorOptions().setHasText("Facebook " + tag));
    expect(row).containsText("/crm/api/v1/lead-webhooks/facebook-" + tag);
    expect(row).containsText("Soziale Medien");
    expect(row.locator("input.crm-secret-input")).hasAttribute("type", "password");
    screenshot(page, "lead-webhooks");

    row.locator("button[id$=':delete']").click();
    page.locator("#confirm\\:yes").click();
    expect(row).hasCount(0);
  }
}
