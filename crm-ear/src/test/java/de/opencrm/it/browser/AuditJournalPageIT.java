package de.opencrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.TestData;
import de.opencrm.it.browser.page.LoginPage;
import de.opencrm.it.browser.page.RecordPage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An auditor finds the company a sales rep just created and changed, field by field, with the
 * address it came from, and checks the journal's hash chain; a manager sees the same history on the
 * company's page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditJournalPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  @Test
  void theAuditorFindsTheChangeSalesJustMadeAndTheChainIsIntact() throws Exception {
    String name = "Prüfbar " + TestData.letterTag() + " GmbH";
    Page sales = newPage("de-DE");
    LoginPage.open(sales, CRM).logIn("sales", "demo");
    sales.locator("#nav-accounts").click();
    sales.locator("#listForm\\:newAccount").click();
    sales.locator("#accountForm\\:name").fill(name);
    sales.locator("#accountForm\\:city").fill("Köln");
    sales.locator("#accountForm\\:save").click();
    expect(sales.locator("main h1")).hasText(name);
    new RecordPage(sales).edit();
    sales.locator("#accountForm\\:city").fill("Bonn");
    sales.locator("#accountForm\\:save").click();
    expect(sales.locator("#pageMessages")).containsText("gespeichert");

    String accountPage = sales.url();

    Page manager = newPage("de-DE");
    LoginPage.open(manager, CRM).logIn("manager", "demo");
    manager.navigate(accountPage);
    new RecordPage(manager).tab("history");
    var history = manager.locator("#historyForm\\:entries_data tr");
    expect(history.first()).containsText("geändert");
    expect(history.first()).containsText("Rechnungsadresse: Ort: Köln → Bonn");
    expect(history.nth(1)).containsText("angelegt");
    screenshot(manager, "record-history");

    Page auditor = newPage("de-DE");
    LoginPage.open(auditor, CRM).logInExpectingFailure("auditor", "vertippt");
    LoginPage.open(auditor, CRM).logIn("auditor", "demo");
    auditor.locator("#nav-audit_journal").click();
    expect(auditor.locator("main h1")).hasText("Prüfprotokoll");
    auditor.locator("#auditForm\\:user").fill("sales");
    auditor.locator("#auditForm\\:recordId_input").fill(accountPage.replaceAll(".*[?&]id=", ""));
    auditor.locator("#auditForm\\:search").click();
    // the unfiltered list shows the new company's entries too: wait until the auditor's own login,
    // the newest entry, is filtered away
    expect(auditor.locator("#auditForm\\:entries_data"))
        .not()
        .containsText(
            "angemeldet",
            new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                .setTimeout(20_000));
    var rows =
        auditor.locator("#auditForm\\:entries_data tr", new Page.LocatorOptions().setHasText(name));
    expect(rows).hasCount(2);
    expect(rows.first()).containsText("geändert");
    expect(rows.first()).containsText("Rechnungsadresse: Ort: Köln → Bonn");
    expect(rows.first()).containsText("Oberfläche");
    expect(rows.nth(1)).containsText("angelegt");
    screenshot(auditor, "audit-journal");

    Download csv = auditor.waitForDownload(() -> auditor.locator("#auditForm\\:exportCsv").click());
    assertThat(csv.suggestedFilename()).startsWith("Pruefprotokoll-").endsWith(".csv");
    String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFNr.;Zeitpunkt;Benutzer;Aktion;Datensatzart");
    // the record number alone also matches a person with the same number
    assertThat(text.split("\r\n")).filteredOn(line -> line.contains(name)).hasSize(2);
    assertThat(text).contains(name).contains("billingAddress.city: Köln → Bonn");

    Download pdf = auditor.waitForDownload(() -> auditor.locator("#auditForm\\:exportPdf").click());
    assertThat(pdf.suggestedFilename()).endsWith(".pdf");
    PdfReader reader = new PdfReader(Files.readAllBytes(pdf.path()));
    String printed = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
    assertThat(printed).contains("Zeitpunkt").contains(name).contains("Köln → Bonn");

    auditor.locator("#nav-audit_journal").click();
    auditor.locator("#auditForm\\:user").fill("auditor");
    auditor.locator("#auditForm\\:search").click();
    var sessions = auditor.locator("#auditForm\\:entries_data tr");
    expect(sessions.filter(new Locator.FilterOptions().setHasText("angemeldet")).first())
        .containsText("Oberfläche");
    expect(
            sessions
                .filter(new Locator.FilterOptions().setHasText("Anmeldung fehlgeschlagen"))
                .first())
        .containsText("Oberfläche");
    expect(sessions.first()).containsText("exportiert");
    expect(sessions.first()).containsText("username=sales, recordId=");

    auditor.locator("#auditForm\\:verify").click();
    expect(auditor.locator("#chainIntact")).containsText("Die Kette ist unversehrt");
  }
}
