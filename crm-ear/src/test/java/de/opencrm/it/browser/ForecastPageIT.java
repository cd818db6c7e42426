package de.opencrm.it.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.browser.page.LoginPage;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The manager opens the forecast from the opportunity list, sets a salesperson's quota for this
 * month and sees it in the month's forecast with the chart and year to date; the salesperson sees
 * the forecast without the quota dialog.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForecastPageIT extends BrowserTest {

  private static final String[] MONTHS = {
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember"
  };

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  @Test
  void theManagerSetsAQuotaAndSeesItInTheMonthsForecast() {
    int month = LocalDate.now(ZoneId.of("Europe/Berlin")).getMonthValue();
    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("manager", "demo");
    page.locator("#nav-opportunities").click();
    page.locator("#listForm\\:toForecast").click();
    expect(page.locator("#peopleForecast")).containsText("Stefan Schmitt");
    expect(page.locator("#teamsForecast")).containsText("Vertrieb Nord");
    expect(page.locator("#forecastForm\\:forecastChart canvas")).isVisible();
    expect(page.locator("#yearToDate")).containsText("Gewonnen seit dem 1. Januar");

    page.locator("#forecastForm\\:quotas").click();
    waitForDialogFocus(page, "quotaDialog");
    expect(page.locator("#quotaForm\\:person_items li")).hasCount(2);
    chooseFromMenu(page, "quotaForm:person", "Stefan", "Stefan Schmitt");
    // the person's quotas are read again: wait for that before typing
    page.waitForFunction("() => PrimeFaces.ajax.Queue.isEmpty()");
    Locator field = page.locator("#quotaForm input[id$=':month_input']").nth(month - 1);
    expect(page.locator("#quotaForm label").nth(month + 1)).hasText(MONTHS[month - 1]);
    field.fill("12345");
    field.blur();
    page.locator("#quotaForm\\:saveQuotas").click();
    expect(page.locator(".ui-growl")).containsText("Quoten gespeichert");

    chooseFromMenu(page, "forecastForm:kind", "Mon", "Monat");
    // the month today is in
    expect(page.locator("#forecastForm\\:number_label")).hasText(String.valueOf(month));
    Locator row =
        page.locator("#peopleForecast tr", new Page.LocatorOptions().setHasText("Stefan Schmitt"));
    expect(row).containsText("12.345,00");
    screenshot(page, "forecast");

    page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("sales", "demo");
    page.navigate(CRM + "opportunities/forecast.xhtml");
    expect(page.locator("#peopleForecast")).isVisible();
    expect(page.locator("#forecastForm\\:quotas")).hasCount(0);
  }
}
