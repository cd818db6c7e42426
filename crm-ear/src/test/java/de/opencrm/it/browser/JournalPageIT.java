package de.opencrm.it.browser;

import com.microsoft.playwright.Page;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.browser.page.JournalSection;
import de.opencrm.it.browser.page.LoginPage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A sales rep logs a call on a company, plans a task that is already overdue, finds it highlighted
 * among their open tasks on the start page and marks it done there.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JournalPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  @Test
  void salesLogsACallAndCompletesAnOverdueTaskFromTheStartPage() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("sales", "demo");
    page.locator("#nav-accounts").click();
    page.locator("#listForm\\:filter").pressSequentially("rheinland");
    page.locator(
            "#listForm\\:accounts_data a",
            new Page.LocatorOptions().setHasText("Rheinland Logistik"))
        .click();

    JournalSection journal = new JournalSection(page);
    journal.logActivity(
        "Anruf", "Rückruf Lieferplan " + tag, "15", "Frau Weber", "Termin für Dienstag vereinbart");
    expect(journal.timeline()).containsText("Rückruf Lieferplan " + tag);
    expect(journal.timeline()).containsText("Termin für Dienstag vereinbart");
    expect(journal.timelineEntries().first()).containsText("Anruf");

    String yesterday =
        LocalDate.now(ZoneId.of("Europe/Berlin"))
            .minusDays(1)
            .format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    journal.planTask("Angebot nachfassen " + tag, yesterday, "Hoch");
    expect(JournalSection.taskRow(page, "recordTasks:tasks", tag)).containsText("überfällig");
    screenshot(page, "account-journal");

    page.locator("#nav-start").click();
    var row = JournalSection.taskRow(page, "myTasks:tasks", tag);
    expect(row).hasClass(Pattern.compile(".*crm-overdue.*"));
    expect(row).containsText("Hoch");
    expect(row).containsText("Rheinland Logistik");
    screenshot(page, "my-open-tasks");
    JournalSection.markDone(row);
    expect(row).hasCount(0);
  }
}
