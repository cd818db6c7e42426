package de.opencrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.TestData;
import de.opencrm.it.browser.page.LoginPage;
import de.opencrm.it.browser.page.RecordPage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A sales rep creates a company, finds it typing without umlauts; a service colleague may only read
 * it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  private static void fill(Page page, String field, String value) {
    page.locator("#accountForm\\:" + field).fill(value);
  }

  @Test
  void theFilteredListDownloadsAsCsvForGermanExcelAndAsAWorkbook() throws Exception {
    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("marketing", "demo");
    page.locator("#nav-accounts").click();
    page.locator("#listForm\\:filter").pressSequentially("koeln");
    expect(page.locator("#listForm\\:accounts_data")).not().containsText("Zürcher");

    Download csv = page.waitForDownload(() -> page.locator("#listForm\\:exportCsv").click());
    assertThat(csv.suggestedFilename()).startsWith("Firmen-").endsWith(".csv");
    String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFName;PLZ;Ort;ERP-Debitorennr.;Betreuer;Schlagwörter\r\n");
    assertThat(text).contains("Rheinland Logistik GmbH;50667;Köln;D-10001;Stefan Schmitt");
    assertThat(text).doesNotContain("Zürcher");

    Download xlsx = page.waitForDownload(() -> page.locator("#listForm\\:exportXlsx").click());
    assertThat(xlsx.suggestedFilename()).endsWith(".xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx.path()))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Ort");
      // other tests add companies in Köln too, so the row is looked for, not assumed first
      assertThat(sheet)
          .anySatisfy(
              row ->
                  assertThat(row.getCell(0).getStringCellValue())
                      .isEqualTo("Rheinland Logistik GmbH"));
      assertThat(sheet.getLastRowNum()).isEqualTo(text.split("\r\n").length - 1);
    }
  }

  @Test
  void salesCreatesAnAccountFindsItWithoutUmlautsAndServiceOnlyReadsIt() {
    String name = "Bäckerei Würfel " + UUID.randomUUID().toString().substring(0, 6);
    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("sales", "demo");
    page.locator("#nav-accounts").click();
    page.locator("#listForm\\:newAccount").click();

    fill(page, "name", name);
    fill(page, "vatId", "DE143454215");
    fill(page, "postalCode", "5066");
    fill(page, "city", "Köln");
    page.locator("#accountForm\\:save").click();
    expect(page.locator("#accountForm\\:vatIdMessage")).containsText("keine gültige USt-IdNr.");
    screenshot(page, "account-validation");

    fill(page, "vatId", TestData.germanVatId());
    page.locator("#accountForm\\:save").click();
    expect(page.locator("#accountForm\\:postalCodeMessage")).containsText("PLZ passt nicht");
    fill(page, "postalCode", "50667");
    fill(page, "street", "Hohe Straße 12");
    page.locator("#accountForm\\:save").click();
    expect(page.locator("main h1")).hasText(name);
    expect(page.locator("#pageMessages")).containsText("angelegt");
    screenshot(page, "account-created");

    page.locator("#nav-accounts").click();
    Locator filter = page.locator("#listForm\\:filter");
    filter.pressSequentially("baeckerei wuerfel");
    expect(page.locator("#listForm\\:accounts_data")).containsText(name);
    screenshot(page, "account-list");

    Page service = newPage("de-DE");
    LoginPage.open(service, CRM).logIn("service", "demo");
    service.locator("#nav-accounts").click();
    expect(service.locator("#listForm\\:newAccount")).hasCount(0);
    service.locator("#listForm\\:filter").pressSequentially(name);
    service
        .locator("#listForm\\:accounts_data a", new Page.LocatorOptions().setHasText(name))
        .click();
    expect(service.locator("#readOnlyHint")).containsText("Stefan Schmitt");
    RecordPage read = new RecordPage(service).tab("details");
    expect(read.value("name")).hasText(name);
    expect(read.action("edit")).hasCount(0);
    expect(service.locator("#accountForm")).hasCount(0);
  }

  @Test
  void aSubsidiaryIsEnteredWithItsParentAndAShippingAddress() {
    String name = "Rheinland Lager " + TestData.letterTag();
    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("sales", "demo");
    page.locator("#nav-accounts").click();
    page.locator("#listForm\\:newAccount").click();
    fill(page, "name", name);
    page.locator("#accountForm\\:parent_input").pressSequentially("rheinland log");
    page.locator(
            "#accountForm\\:parent_panel .ui-autocomplete-item",
            new Page.LocatorOptions().setHasText("Rheinland Logistik GmbH"))
        .first()
        .click();
    fill(page, "shippingStreet", "Hafenstraße 9");
    fill(page, "shippingPostalCode", "4711");
    page.locator("#accountForm\\:save").click();
    expect(page.locator("#accountForm\\:shippingPostalCodeMessage"))
        .containsText("PLZ passt nicht");
    fill(page, "shippingPostalCode", "47119");
    fill(page, "shippingCity", "Duisburg");
    page.locator("#accountForm\\:save").click();
    expect(page.locator("main h1")).hasText(name);
    RecordPage saved = new RecordPage(page);
    expect(saved.value("parent")).hasText("Rheinland Logistik GmbH");
    expect(page.locator("#shippingAddress")).containsText("47119 Duisburg");
    saved.value("parent").locator("a").click();
    expect(page.locator("main h1")).hasText("Rheinland Logistik");
    new RecordPage(page).tab("related");
    expect(page.locator("#subsidiaries")).containsText(name);
  }
}
