package de.opencrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.TestData;
import de.opencrm.it.browser.page.LoginPage;
import de.opencrm.it.browser.page.RecordPage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ERP job monitor in Chromium: the administrator uploads a debtor file, starts the
 * reconciliation over it, watches it complete with its counts, downloads the reject file (CSV) and
 * the discrepancy report (CSV and Excel) and finds the unknown debtor, the refused record and the
 * name the ERP sees otherwise in them; on the review page they keep the CRM's name and find the
 * decision among the rejected ones; the company page shows the ERP's data and keeps its billing
 * address read-only; a file name the ERP does not use is refused on upload.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErpMonitorPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  @Test
  void anAdministratorRunsTheReconciliationAndReviewsWhatItFound() throws Exception {
    String tag = TestData.letterTag();
    String file = "debtors-" + tag + ".csv";
    Path upload = Files.createTempDirectory("erp-page").resolve(file);
    Files.writeString(
        upload,
        "debtorNumber;name;legalForm;vatId;street;postalCode;city;country;paymentTerms;creditLimit;blocked\n"
            + "D-10001;Nordlicht "
            + tag
            + " Anders GmbH;;;;;;;;;\n"
            + "X-"
            + tag
            + ";Unbekannt "
            + tag
            + " KG;;;;;;;;;false\n"
            + "Y-"
            + tag
            + ";Fehlerhaft "
            + tag
            + ";;;;;;;;viel;\n",
        StandardCharsets.UTF_8);
    Path wrong = upload.resolveSibling("kunden-" + tag + ".csv");
    Files.writeString(wrong, "x\n", StandardCharsets.UTF_8);

    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("admin", "demo");
    page.locator("#nav-erp").click();
    expect(page.locator("h1")).hasText("ERP-Abgleich");

    page.locator("#startForm\\:file_input").setInputFiles(wrong);
    expect(page.locator(".ui-growl")).containsText("kein Name einer ERP-Datei");
    page.locator("#startForm\\:file_input").setInputFiles(upload);
    expect(page.locator(".ui-growl")).containsText("liegt jetzt im Eingangsordner");
    Locator chosen = page.locator("#startForm\\:files input[type=checkbox][value='" + file + "']");
    expect(chosen).isChecked();

    page.locator("#startForm\\:start").click();
    expect(page.locator(".ui-growl")).containsText("Der Abgleich läuft");
    Locator latest = page.locator("#runsForm\\:runs_data tr").first();
    expect(latest.locator("[id$=':status']"))
        .hasText("Abgeschlossen", new LocatorAssertions.HasTextOptions().setTimeout(60_000));
    expect(latest).containsText("admin");
    expect(latest.locator("[id$=':read']")).hasText("3");
    expect(latest.locator("[id$=':skipped']")).hasText("1");
    expect(page.locator("#runForm\\:runFiles_data")).containsText(file);
    expect(page.locator("#runForm\\:runFiles_data")).containsText("Übernommen");
    // the run archived the file: it no longer waits in the inbound folder
    expect(chosen).hasCount(0);
    screenshot(page, "erp-monitor");

    Download refused = page.waitForDownload(() -> page.locator("#runForm\\:refusedCsv").click());
    assertThat(refused.suggestedFilename()).startsWith("ERP-Abweisungen-").endsWith(".csv");
    String rejects = Files.readString(refused.path(), StandardCharsets.UTF_8);
    assertThat(rejects).startsWith("\uFEFFDatei;Zeile;Schlüssel;Grund;Einzelheiten");
    assertThat(rejects).contains(file + ";4;Y-" + tag + ";INVALID").contains("creditLimit");

    Download report =
        page.waitForDownload(() -> page.locator("#runForm\\:discrepanciesCsv").click());
    String csv = Files.readString(report.path(), StandardCharsets.UTF_8);
    assertThat(csv).contains("UNKNOWN_DEBTOR;X-" + tag + ";").contains("Unbekannt " + tag + " KG");
    assertThat(csv).contains("CONFLICT;D-10001;").contains("Nordlicht " + tag + " Anders GmbH");

    Download excel =
        page.waitForDownload(() -> page.locator("#runForm\\:discrepanciesXlsx").click());
    assertThat(excel.suggestedFilename()).startsWith("ERP-Abweichungen-").endsWith(".xlsx");
    assertThat(cells(excel.path()))
        .contains("Debitorennummer", "X-" + tag, "Unbekannt " + tag + " KG");

    page.locator("#toReview").click();
    expect(page.locator("h1")).hasText("Abweichungen prüfen");
    page.locator("#reviewForm\\:filter").pressSequentially(tag);
    Locator rows = page.locator("#reviewForm\\:discrepancies_data tr");
    expect(rows).hasCount(2);
    Locator conflict = rows.filter(new Locator.FilterOptions().setHasText("Abweichender Wert"));
    expect(conflict).containsText("Nordlicht " + tag + " Anders GmbH");
    conflict.locator("[id$=':reject']").click();
    expect(page.locator(".ui-growl")).containsText("Abweichung zu Debitor D-10001 entschieden");
    expect(rows).hasCount(1);
    expect(rows.first()).containsText("X-" + tag);

    pickFromMenu(page, "reviewForm:status", "Abgelehnt");
    expect(rows).hasCount(1);
    expect(rows.first()).containsText("D-10001");
    expect(rows.first()).containsText("(admin)");
    screenshot(page, "erp-review");

    // the company shows what the ERP knows of it, and its billing address is the ERP's
    page.navigate(CRM + "accounts/account.xhtml?id=" + accountWithDebtorNumber("D-10001"));
    RecordPage company = new RecordPage(page).tab("details");
    expect(page.locator("#erpDebtor")).hasText("D-10001");
    expect(page.locator("#erpBlocked")).hasText("Nein");
    expect(page.locator("#erpSynced")).not().isEmpty();
    expect(page.locator("#billingFromErp")).containsText("pflegt das ERP");
    company.edit();
    expect(page.locator("#accountForm\\:street")).isDisabled();
    expect(page.locator("#accountForm\\:name")).isEditable();
    expect(page.locator("#accountForm\\:billingFromErp")).containsText("pflegt das ERP");
  }

  private static List<String> cells(Path xlsx) throws Exception {
    List<String> texts = new ArrayList<>();
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet sheet = book.getSheetAt(0);
      for (Row row : sheet) {
        row.forEach(cell -> texts.add(cell.toString()));
      }
    }
    return texts;
  }
}
