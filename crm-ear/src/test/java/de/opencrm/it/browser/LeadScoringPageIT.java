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
 * The administrator adds a scoring rule for a job title, watches the preview score a sample lead as
 * it is typed (below the MQL threshold, then above it), is told which value of a country rule is
 * wrong, and deletes the rule again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LeadScoringPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  private static Locator row(Page page, String text) {
    return page.locator(
        "#rulesForm\\:scoringRules_data tr", new Page.LocatorOptions().setHasText(text));
  }

  /** Types as a user does, key by key, so the preview hears each key. */
  private static void type(Page page, String field, String text) {
    Locator input = page.locator("#previewForm\\:" + field);
    input.fill("");
    input.pressSequentially(text);
  }

  @Test
  void anAdministratorAddsARuleSeesTheLivePreviewAndDeletesIt() {
    String keyword =
        "Prokurist"
            + (char) ('A' + ThreadLocalRandom.current().nextInt(26))
            + (char) ('A' + ThreadLocalRandom.current().nextInt(26))
            + (char) ('A' + ThreadLocalRandom.current().nextInt(26));
    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("admin", "demo");
    page.locator("#nav-lead_scoring").click();
    expect(page.locator("h1")).hasText("Lead-Bewertung");

    page.locator("#scoringRuleForm\\:values").fill(keyword);
    page.locator("#scoringRuleForm\\:points_input").fill("45");
    page.locator("#scoringRuleForm\\:save").click();
    expect(row(page, keyword)).containsText("Position enthält");
    expect(row(page, keyword)).containsText("+45");

    // the preview follows the typing
    type(page, "country", "NL");
    type(page, "jobTitle", "Erster " + keyword);
    expect(page.locator("#previewForm\\:previewResult")).containsText(keyword);
    expect(page.locator("#previewScore")).hasText("Score 45");
    expect(page.locator("#previewForm\\:previewResult")).containsText("unter der MQL-Schwelle");
    type(page, "jobTitle", keyword + " und Geschäftsführer");
    expect(page.locator("#previewScore")).hasText("Score 75");
    expect(page.locator("#previewForm\\:previewResult")).containsText("erreicht die MQL-Schwelle");
    screenshot(page, "lead-scoring");

    // a country rule with a value that is no country code
    // after saving, the form is empty again for the next rule
    pickFromMenu(page, "scoringRuleForm:criterion", "Land");
    expect(page.locator("#scoringRuleForm\\:values")).hasAttribute("placeholder", "DE, AT, CH");
    page.locator("#scoringRuleForm\\:values").fill("DE, Deutschland");
    page.locator("#scoringRuleForm\\:save").click();
    expect(page.locator("#scoringRuleForm\\:valuesMessage")).containsText("Deutschland");

    row(page, keyword).locator("button[id$=':delete']").click();
    page.locator("#confirm\\:yes").click();
    expect(row(page, keyword)).hasCount(0);
  }
}
