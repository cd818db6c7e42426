package de.opencrm.it.browser;

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
 * The service lead opens the service overview in Chromium: every queue with its open tickets and
 * SLA state, then a longer period for compliance and satisfaction. Salespeople get no link to it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServiceOverviewPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  @Test
  void aManagerSeesTheQueuesAndChoosesThePeriod() {
    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("manager", "demo");
    page.locator("#nav-tickets").click();
    page.locator("#listForm\\:overview").click();
    expect(page.locator("h1")).containsText("Service-Überblick");
    expect(page.locator("#queueLoad")).containsText("Kundenservice");
    String thirtyDays = page.locator("#periodDates").textContent();

    pickFromMenu(page, "periodForm:period", "letzte 365 Tage");
    expect(page.locator("#periodDates")).not().hasText(thirtyDays);
    expect(page.locator("#complianceHeading")).isVisible();
    expect(page.locator("#satisfactionHeading")).isVisible();
    screenshot(page, "service-overview");

    Page sales = secondUsersPage("de-DE");
    LoginPage.open(sales, CRM).logIn("sales", "demo");
    sales.navigate(CRM + "tickets/list.xhtml");
    expect(sales.locator("#listForm\\:knowledge")).isVisible();
    expect(sales.locator("#listForm\\:overview")).hasCount(0);
  }
}
