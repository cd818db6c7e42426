package de.opencrm.it.browser;

import com.microsoft.playwright.Locator;
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
 * The sales board in Chromium: a salesperson enters two opportunities (one in Swiss francs at a
 * rate), finds them on the board with the column totals in euros, drags one to "Angebot" and sees
 * the totals follow, moves the other to "Verloren" from the keyboard (the reason is asked), and
 * closes the first as won after confirming. Meanwhile the manager drags the same card from an old
 * board: the manager is told and sees the board as it is.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BoardPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  private static Locator column(Page page, String stage) {
    return page.locator("section.crm-board-column")
        .filter(
            new Locator.FilterOptions()
                .setHas(page.locator("h2", new Page.LocatorOptions().setHasText(stage))));
  }

  private static Locator card(Page page, String name) {
    return page.locator(".crm-board-card", new Page.LocatorOptions().setHasText(name));
  }

  private static void openBoard(Page page, String tag) {
    page.navigate(CRM + "opportunities/board.xhtml");
    page.locator("#boardForm\\:search").pressSequentially(tag);
    expect(page.locator(".crm-board-card")).hasCount(2);
  }

  @Test
  void cardsMoveAcrossTheBoardAndTheTotalsFollow() throws Exception {
    String tag = TestData.letterTag();
    String alpha = "Tafel " + tag + " Alpha";
    String beta = "Tafel " + tag + " Beta";
    long account = accountWithDebtorNumber("D-10001");

    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("sales", "demo");
    page.navigate(CRM + "opportunities/opportunity.xhtml?account=" + account);
    page.locator("#opportunityForm\\:name").fill(alpha);
    page.locator("#opportunityForm\\:amount_input").fill("10000");
    page.locator("#opportunityForm\\:amount_input").blur();
    page.locator("#opportunityForm\\:save").click();
    expect(page.locator("#opportunityOutcome")).hasText("Offen");

    page.navigate(CRM + "opportunities/opportunity.xhtml?account=" + account);
    page.locator("#opportunityForm\\:name").fill(beta);
    page.locator("#opportunityForm\\:amount_input").fill("30000");
    page.locator("#opportunityForm\\:amount_input").blur();
    page.locator("#opportunityForm\\:currency").fill("CHF");
    page.locator("#opportunityForm\\:currency").blur();
    expect(page.locator("#opportunityForm\\:exchangeRate_input")).isVisible();
    page.locator("#opportunityForm\\:save").click();
    expect(page.locator("#opportunityForm\\:exchangeRateMessage")).containsText("Kurs");
    page.locator("#opportunityForm\\:exchangeRate_input").fill("1,05");
    page.locator("#opportunityForm\\:exchangeRate_input").blur();
    page.locator("#opportunityForm\\:save").click();
    expect(page.locator("#opportunityOutcome")).hasText("Offen");

    // both on the board, summed in euros: 10,000 + 30,000 CHF at 1.05
    openBoard(page, tag);
    Locator qualification = column(page, "Qualifizierung");
    expect(qualification.locator(".crm-board-count")).hasText("2");
    expect(qualification.locator(".crm-board-sum")).containsText("41.500,00");
    expect(qualification.locator(".crm-board-weighted")).containsText("4.150,00");
    expect(card(page, beta)).containsText("CHF");

    // dragged to "Angebot": the totals follow
    Locator proposal = column(page, "Angebot");
    dragWithMouse(page, card(page, alpha), proposal.locator(".crm-board-cards"));
    expect(proposal.locator(".crm-board-count")).hasText("1");
    expect(proposal.locator(".crm-board-sum")).containsText("10.000,00");
    expect(proposal.locator(".crm-board-weighted")).containsText("5.000,00");
    expect(qualification.locator(".crm-board-count")).hasText("1");
    expect(proposal.locator(".crm-board-card")).containsText(alpha);

    // the manager's board, read now, soon outdated
    Page managers = secondUsersPage("de-DE");
    LoginPage.open(managers, CRM).logIn("manager", "demo");
    openBoard(managers, tag);
    expect(column(managers, "Angebot").locator(".crm-board-card")).containsText(alpha);

    // from the keyboard: "Phase ändern" on the card, "Verloren" needs the reason
    card(page, beta).locator("button").focus();
    page.keyboard().press("Enter");
    waitForDialogFocus(page, "moveDialog");
    page.locator("#moveForm\\:targetStage label", new Page.LocatorOptions().setHasText("Verloren"))
        .click();
    expect(page.locator("#moveForm\\:lostReason")).isVisible();
    page.locator("#moveForm\\:move").click();
    expect(page.locator("#moveForm\\:lostReasonMessage")).containsText("warum");
    page.locator("#moveForm\\:lostReason").fill("Anderer Anbieter günstiger");
    page.locator("#moveForm\\:move").click();
    Locator lost = column(page, "Verloren");
    expect(lost.locator(".crm-board-card")).containsText(beta);
    expect(lost.locator(".crm-board-count")).hasText("1");
    expect(qualification.locator(".crm-board-count")).hasText("0");

    // the salesperson moves Alpha on; the manager, from the old board, drags it too
    dragWithMouse(page, card(page, alpha), column(page, "Verhandlung").locator(".crm-board-cards"));
    expect(column(page, "Verhandlung").locator(".crm-board-count")).hasText("1");
    dragWithMouse(
        managers,
        card(managers, alpha),
        column(managers, "Bedarfsanalyse").locator(".crm-board-cards"));
    expect(managers.locator(".ui-growl")).containsText("inzwischen geändert");
    expect(column(managers, "Verhandlung").locator(".crm-board-card")).containsText(alpha);
    expect(column(managers, "Bedarfsanalyse").locator(".crm-board-count")).hasText("0");

    // won only after confirming
    dragWithMouse(page, card(page, alpha), column(page, "Gewonnen").locator(".crm-board-cards"));
    waitForDialogFocus(page, "moveDialog");
    expect(page.locator("#moveForm\\:wonNote")).containsText("gewonnen");
    page.locator("#moveForm\\:move").click();
    expect(column(page, "Gewonnen").locator(".crm-board-card")).containsText(alpha);
    expect(column(page, "Gewonnen").locator(".crm-board-sum")).containsText("10.000,00");
    screenshot(page, "board");
  }
}
