package de.opencrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.TestData;
import de.opencrm.it.browser.page.JournalSection;
import de.opencrm.it.browser.page.LoginPage;
import de.opencrm.it.browser.page.RecordPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A company's page reads before it edits: key facts and actions on top, tabs that a link opens
 * directly, the fields read-only until "Bearbeiten", a stale edit refused without losing the user's
 * input, and a timeline filtered by kind.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecordPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  private static String newCompany(Page page, String name) {
    page.navigate(CRM + "accounts/account.xhtml");
    page.locator("#accountForm\\:name").fill(name);
    page.locator("#accountForm\\:industry").fill("Spedition");
    page.locator("#accountForm\\:city").fill("Bremen");
    page.locator("#accountForm\\:save").click();
    expect(page.locator("main h1")).hasText(name);
    return page.url().replaceAll("&?tab=[a-z]+", "");
  }

  @Test
  void aCompanyOpensReadOnlyAndIsEditedOnDemandWhileAStaleEditIsRefused() {
    String name = "Weserkai " + TestData.letterTag() + " GmbH";
    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("sales", "demo");
    String company = newCompany(page, name);

    page.navigate(company);
    RecordPage record = new RecordPage(page);
    expect(page.locator("#factCity")).hasText("Bremen");
    expect(page.locator("#factIndustry")).hasText("Spedition");
    expect(page.locator("#tab-activities")).hasAttribute("aria-selected", "true");
    expect(page.locator("#accountForm")).hasCount(0);

    page.navigate(company + "&tab=related");
    expect(page.locator("#tab-related")).hasAttribute("aria-selected", "true");
    expect(page.locator("#panel-related")).isVisible();
    expect(page.locator("#panel-activities")).isHidden();
    expect(page.locator("#contactsHeading")).hasText("Kontakte (0)");
    expect(page.locator("#accountContacts\\:contacts")).isVisible();

    record = new RecordPage(page).tab("details");
    expect(record.value("industry")).hasText("Spedition");
    record.edit();
    Page colleague = secondUsersPage("de-DE");
    LoginPage.open(colleague, CRM).logIn("sales", "demo");
    colleague.navigate(company + "&tab=details&edit=true");
    colleague.locator("#accountForm\\:industry").fill("Logistik");
    colleague.locator("#accountForm\\:save").click();
    expect(colleague.locator("#pageMessages")).containsText("gespeichert");

    page.locator("#accountForm\\:industry").fill("Seefracht");
    page.locator("#accountForm\\:save").click();
    expect(page.locator("main")).containsText("inzwischen geändert");
    expect(page.locator("#accountForm\\:industry")).hasValue("Seefracht");
    screenshot(page, "record-stale-edit");

    page.navigate(company + "&tab=details&edit=true");
    page.locator("#accountForm\\:industry").fill("Seefracht");
    page.locator("#accountForm\\:save").click();
    expect(page.locator("#pageMessages")).containsText("gespeichert");
    assertThat(page.url()).contains("tab=details");
    expect(new RecordPage(page).value("industry")).hasText("Seefracht");
    expect(page.locator("#factIndustry")).hasText("Seefracht");
    screenshot(page, "record-details");
  }

  @Test
  void theTimelineShowsACallAndATaskAndIsFilteredByKind() {
    String name = "Zeitstrahl " + TestData.letterTag() + " KG";
    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("sales", "demo");
    page.navigate(newCompany(page, name));

    JournalSection journal = new JournalSection(page);
    journal.logActivity("Anruf", "Erstkontakt Lager", "5", "", "Rückruf vereinbart");
    journal.planTask("Angebot senden", "15.12.2030", "Normal");
    expect(journal.timelineEntries()).hasCount(2);
    expect(journal.timelineEntries().first()).containsText("Aufgabe geplant");
    expect(journal.timelineEntries().nth(1)).containsText("Erstkontakt Lager");
    screenshot(page, "record-timeline");

    page.locator("#journal\\:kinds").getByText("Aufgaben").click();
    expect(journal.timelineEntries()).hasCount(1);
    expect(journal.timeline()).not().containsText("Angebot senden");
    expect(journal.timeline()).containsText("Erstkontakt Lager");
  }
}
