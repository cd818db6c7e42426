package de.opencrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.TestData;
import de.opencrm.it.browser.page.LoginPage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A sales rep imports an Excel CSV with an error row: the columns are mapped from the headers, a
 * dry run shows what would happen, the import saves the good rows and the bad one comes back as a
 * file.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContactImportPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  @Test
  void anExcelCsvWithAnErrorRowIsTriedImportedAndTheErrorRowDownloaded() throws Exception {
    String word = TestData.letterTag();
    String csv =
        "Nachname;Vorname;E-Mail;Telefon;Ort;Notiz\r\n"
            + "Schröder"
            + word
            + ";Jörg;joerg."
            + word
            + "@example.de;0221 1234567;Köln;Kunde seit 2019\r\n"
            + "Weiß"
            + word
            + ";Erika;keine-adresse;;Düsseldorf;\r\n"
            + ";;;0211 7654321;Niemandsort"
            + word
            + ";\r\n";
    Path file = Files.createTempDirectory("csv").resolve("Kontakte Messe.csv");
    Files.write(file, csv.getBytes(Charset.forName("windows-1252")));

    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("sales", "demo");
    page.locator("#nav-contacts").click();
    page.locator("#listForm\\:importCsv").click();
    page.locator("#importForm\\:file_input").setInputFiles(file);
    expect(page.locator("#loadedFile")).containsText("Kontakte Messe.csv");
    expect(page.locator("#importForm\\:charset_label")).hasText("Windows-1252 (Excel)");
    expect(page.locator("#importForm\\:mapping_data")).containsText("Schröder" + word);
    expect(page.locator("#importForm\\:mapping\\:0\\:field_label")).hasText("Nachname");
    expect(page.locator("#importForm\\:mapping\\:5\\:field_label"))
        .hasText("– nicht importieren –");

    page.locator("#importForm\\:templateName").fill("Messe " + word);
    page.locator("#importForm\\:saveTemplate").click();
    expect(page.locator("#pageMessages"))
        .containsText("Zuordnung als Vorlage „Messe " + word + "“ gespeichert.");
    expect(page.locator("#importForm\\:template_label")).hasText("Messe " + word);

    page.locator("#importForm\\:dryRun").click();
    expect(page.locator("#summary")).containsText("3 von 3 Zeilen verarbeitet: 2 angelegt");
    expect(page.locator("#summary")).containsText("Probelauf: nichts wurde gespeichert.");
    expect(page.locator("#importForm\\:rowErrors_data")).containsText("Pflichtfeld fehlt");
    expect(page.locator("#importForm\\:rowWarnings_data"))
        .containsText("Keine gültige E-Mail-Adresse: „keine-adresse“");

    page.locator("#importForm\\:run").click();
    expect(page.locator("#stepResult")).hasText("Ergebnis des Imports");
    expect(page.locator("#importForm\\:errorFile")).isVisible();
    expect(page.locator("#summary")).not().containsText("Probelauf");
    expect(page.locator("#summary"))
        .containsText("3 von 3 Zeilen verarbeitet: 2 angelegt, 0 aktualisiert, 1 fehlerhaft.");
    expect(page.locator("#importForm\\:rowErrors_data")).containsText("4");
    screenshot(page, "csv-import");

    Download errors = page.waitForDownload(() -> page.locator("#importForm\\:errorFile").click());
    assertThat(errors.suggestedFilename()).startsWith("Importfehler-").endsWith(".csv");
    String text = Files.readString(errors.path(), StandardCharsets.UTF_8);
    assertThat(text).contains("Zeile;Grund;Nachname;Vorname;E-Mail");
    assertThat(text).contains("Niemandsort" + word).doesNotContain("Schröder" + word);

    page.locator("#importForm\\:back").click();
    page.locator("#listForm\\:filter").pressSequentially(word);
    expect(page.locator("#listForm\\:contacts_data")).containsText("Jörg Schröder" + word);
    // kept, with its address to be checked
    expect(page.locator("#listForm\\:contacts_data")).containsText("Erika Weiß" + word);
  }

  @Test
  void companiesAreImportedFromTheCompanyListAndFoundAgainByVatId() throws Exception {
    String word = TestData.letterTag();
    String vat = TestData.germanVatId();
    String csv =
        "Firmenname;USt-IdNr.;PLZ;Ort\r\n"
            + "Kühne"
            + word
            + " Spedition GmbH;"
            + vat
            + ";20095;Hamburg\r\n"
            + "Ohne"
            + word
            + " Nummer AG;DE12345;80331;München\r\n";
    Path file = Files.createTempDirectory("csv").resolve("Firmen.csv");
    Files.write(file, csv.getBytes(StandardCharsets.UTF_8));

    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("sales", "demo");
    page.locator("#nav-accounts").click();
    page.locator("#listForm\\:importCsv").click();
    expect(page.locator("h1")).hasText("Firmen aus CSV importieren");
    page.locator("#importForm\\:file_input").setInputFiles(file);
    expect(page.locator("#importForm\\:mapping\\:0\\:field_label")).hasText("Firma");
    expect(page.locator("#importForm\\:mapping\\:1\\:field_label")).hasText("USt-IdNr.");
    expect(page.locator("#importForm\\:key")).containsText("an der USt-IdNr.");
    expect(page.locator("#importForm\\:key input[value='VAT_ID']")).isChecked();

    page.locator("#importForm\\:run").click();
    expect(page.locator("#summary"))
        .containsText("2 von 2 Zeilen verarbeitet: 1 angelegt, 0 aktualisiert, 1 fehlerhaft.");
    expect(page.locator("#importForm\\:rowErrors_data")).containsText("keine gültige USt-IdNr.");

    page.locator("#importForm\\:file_input").setInputFiles(file);
    page.locator("#importForm\\:run").click();
    expect(page.locator("#summary"))
        .containsText("2 von 2 Zeilen verarbeitet: 0 angelegt, 1 aktualisiert, 1 fehlerhaft.");

    page.locator("#importForm\\:back").click();
    page.locator("#listForm\\:filter").pressSequentially(word);
    expect(page.locator("#listForm\\:accounts_data")).containsText("Kühne" + word + " Spedition");
    expect(page.locator("#listForm\\:accounts_data")).containsText("Hamburg");
  }
}
