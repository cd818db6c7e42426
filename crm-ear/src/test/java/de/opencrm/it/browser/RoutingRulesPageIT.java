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

/**
 * The administrator adds a routing rule for trade fair leads from machine builders, is told what is
 * wrong with a postal region typed badly, moves the rule to the top (with the keyboard's arrow
 * buttons and by dragging), simulates a lead, and deletes the rule again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoutingRulesPageIT extends BrowserTest {

  private static final String RULE = "Messe Maschinenbau";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  private static void choose(Page page, String menu, String label) {
    chooseFromMenu(page, menu, label.substring(0, 5), label);
  }

  private static Locator names(Page page) {
    return page.locator("#rulesForm\\:rules_data .crm-rule-name");
  }

  @Test
  void anAdministratorAddsMovesSimulatesAndDeletesARule() {
    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("admin", "demo");
    page.locator("#nav-lead_routing").click();
    expect(names(page))
        .hasText(
            new String[] {
              "Norddeutschland (PLZ 0–4)", "Süddeutschland (PLZ 5–9)", "Österreich und Schweiz"
            });

    page.locator("#rulesForm\\:newRule").click();
    waitForDialogFocus(page, "ruleDialog");
    page.locator("#ruleForm\\:name").fill(RULE);
    page.locator("#ruleForm\\:industries").fill("Maschinenbau");
    page.locator("#ruleForm\\:postalRanges").fill("PLZ 4");
    page.locator("#ruleForm label", new Page.LocatorOptions().setHasText("Messe / Veranstaltung"))
        .click();
    page.locator("#ruleForm\\:target label", new Page.LocatorOptions().setHasText("Eine Person"))
        .click();
    choose(page, "ruleForm:userId", "Sabine Sommer");
    page.locator("#ruleForm\\:save").click();
    expect(page.locator("#ruleForm\\:postalRangesMessage")).containsText("kein PLZ-Bereich");
    page.locator("#ruleForm\\:postalRanges").fill("");
    page.locator("#ruleForm\\:save").click();
    expect(names(page)).hasCount(4);
    expect(names(page).nth(3)).hasText(RULE);
    expect(page.locator("#rulesForm\\:rules_data tr").nth(3)).containsText("Branchen Maschinenbau");
    expect(page.locator("#rulesForm\\:rules_data tr").nth(3)).containsText("Sabine Sommer");

    // with the keyboard's buttons one place up, then dragged to the top
    page.locator("#rulesForm\\:rules\\:3\\:up").click();
    expect(names(page).nth(2)).hasText(RULE);
    // taken by its handle, the rule's name
    dragAbove(
        page,
        names(page).filter(new Locator.FilterOptions().setHasText(RULE)),
        page.locator("#rulesForm\\:rules_data tr").nth(0),
        () -> expect(names(page).nth(0)).hasText(RULE));
    page.reload();
    // the order is stored
    expect(names(page).nth(0)).hasText(RULE);
    screenshot(page, "lead-routing");

    page.locator("#simulationForm\\:postalCode").fill("20095");
    page.locator("#simulationForm\\:industry").fill("maschinenbau");
    choose(page, "simulationForm:source", "Messe / Veranstaltung");
    page.locator("#simulationForm\\:simulate").click();
    expect(page.locator("#simulationOutcome")).containsText("Regel „" + RULE + "“ greift.");
    expect(page.locator("#simulationOutcome")).containsText("Sabine Sommer bekäme den Lead.");
    page.locator("#simulationForm\\:industry").fill("Logistik");
    page.locator("#simulationForm\\:simulate").click();
    expect(page.locator("#simulationOutcome")).containsText("Norddeutschland (PLZ 0–4)");
    screenshot(page, "lead-routing-simulated");

    page.locator("#rulesForm\\:rules\\:0\\:delete").click();
    page.locator("#confirm\\:yes").click();
    expect(names(page)).hasCount(3);
  }
}
