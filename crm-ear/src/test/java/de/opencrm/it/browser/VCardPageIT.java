package de.opencrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.TestData;
import de.opencrm.it.browser.page.ContactListPage;
import de.opencrm.it.browser.page.LoginPage;
import de.opencrm.it.browser.page.PersonPage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A sales rep imports an address book export and exports the list as vCards again. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VCardPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  @Test
  void anAddressBookExportIsImportedAndTheListExportedAsVCards() throws Exception {
    String tag = TestData.letterTag();
    Path file = Files.createTempFile("kontakte", ".vcf");
    Files.writeString(
        file,
        String.join(
            "\r\n",
            "BEGIN:VCARD",
            "VERSION:3.0",
            "N:Schäfer" + tag + ";Thomas;;;",
            "FN:Thomas Schäfer" + tag,
            "ORG:Bäckerei Sonnenschein",
            "EMAIL;TYPE=INTERNET;TYPE=HOME:thomas." + tag + "@gmail.example",
            "TEL;TYPE=CELL:+49 152 34567890",
            "ADR;TYPE=HOME:;;Marienplatz 8;München;Bayern;80331;DE",
            "END:VCARD",
            "BEGIN:VCARD",
            "VERSION:3.0",
            "ORG:Ohne Namen",
            "END:VCARD",
            ""),
        StandardCharsets.UTF_8);

    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("sales", "demo");
    page.locator("#nav-contacts").click();
    page.locator("#listForm\\:importVCard").click();
    waitForDialogFocus(page, "importDialog");
    page.locator("#importForm\\:file_input").setInputFiles(file);
    page.locator("#importForm\\:upload").click();

    expect(page.locator("#importResult"))
        .containsText("2 Karten gelesen, 1 Kontakte angelegt, 0 Firmen angelegt, 1 ausgelassen.");
    expect(page.locator("#importResult")).containsText("Die Karte enthält keinen Namen.");
    screenshot(page, "vcard-import");

    page.locator("#listForm\\:filter").pressSequentially(tag);
    expect(page.locator("#listForm\\:contacts_data")).containsText("Thomas Schäfer" + tag);
    expect(page.locator("#listForm\\:contacts_data")).containsText("Bäckerei Sonnenschein");
    Download vcf = page.waitForDownload(() -> page.locator("#listForm\\:exportVCard").click());
    assertThat(vcf.suggestedFilename()).startsWith("Kontakte-").endsWith(".vcf");
    String text = Files.readString(vcf.path(), StandardCharsets.UTF_8);
    assertThat(text).contains("VERSION:3.0", "Schäfer" + tag, "thomas." + tag + "@gmail.example");
    assertThat(text.split("BEGIN:VCARD")).hasSize(2);
  }

  @Test
  void whatAnImportCannotCheckIsKeptShownAndTidiedAway() throws Exception {
    String tag = TestData.letterTag();
    Path file = Files.createTempFile("adressbuch", ".vcf");
    Files.writeString(
        file,
        String.join(
            "\r\n",
            "BEGIN:VCARD",
            "VERSION:3.0",
            "N:Okafor" + tag + ";Chidi;;;",
            "FN:Chidi Okafor" + tag,
            "TEL;TYPE=WORK:905-555-1234",
            "EMAIL;TYPE=INTERNET:chidi." + tag + "@example.com",
            "END:VCARD",
            ""),
        StandardCharsets.UTF_8);

    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("sales", "demo");
    ContactListPage list = ContactListPage.open(page).importVCards(file);
    expect(list.importResult()).containsText("1 Kontakte angelegt");
    expect(list.importWarnings()).hasCount(1);
    expect(list.importWarnings())
        .containsText("Telefonnummer keinem Land zuzuordnen: „905-555-1234“");
    screenshot(page, "vcard-import-warnings");

    list.search(tag).onlyUnchecked(true);
    expect(list.rows()).containsText("Chidi Okafor" + tag);
    PersonPage person = list.openPerson("Chidi Okafor" + tag);
    expect(person.uncheckedValues())
        .hasText("Telefonnummer keinem Land zuzuordnen: „905-555-1234“");
    person.markChecked();
    expect(person.messages()).containsText("als geprüft markiert");
    expect(person.uncheckedValues()).hasCount(0);
  }
}
