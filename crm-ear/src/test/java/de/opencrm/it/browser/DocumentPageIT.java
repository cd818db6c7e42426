package de.opencrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.TestData;
import de.opencrm.it.browser.page.LoginPage;
import de.opencrm.it.browser.page.RecordPage;
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
 * A sales rep files an offer on a new company, downloads it again, is refused a program, and
 * deletes it; a marketing colleague only reads what is filed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  @Test
  void anOfferIsFiledOnACompanyDownloadedAndDeleted() throws Exception {
    String name = "Aktenhaus " + TestData.letterTag();
    byte[] pdf = "%PDF-1.4\n% Angebot\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    Path dir = Files.createTempDirectory("upload");
    Path offer = Files.write(dir.resolve("Angebot Größe L.pdf"), pdf);
    Path program = Files.write(dir.resolve("Rechnung.pdf.exe"), new byte[] {'M', 'Z', 0, 0});

    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("sales", "demo");
    page.locator("#nav-accounts").click();
    page.locator("#listForm\\:newAccount").click();
    page.locator("#accountForm\\:name").fill(name);
    page.locator("#accountForm\\:save").click();
    expect(page.locator("main h1")).hasText(name);
    new RecordPage(page).tab("documents");
    expect(page.locator("#documents\\:documentList")).containsText("Noch keine Dokumente.");
    expect(page.locator("#uploadHint")).containsText("Bis 20 MB je Datei");

    page.locator("#documents\\:upload_input").setInputFiles(offer);
    expect(page.locator("#documents\\:documentMessages")).containsText("wurde abgelegt");
    expect(page.locator("#documents\\:documentList_data")).containsText("Angebot Größe L.pdf");
    expect(page.locator("#documents\\:documentList_data")).containsText("Stefan Schmitt");
    screenshot(page, "documents-filed");

    Download download =
        page.waitForDownload(
            () -> page.locator("#documents\\:documentList_data a.crm-document-link").click());
    assertThat(download.suggestedFilename()).isEqualTo("Angebot Größe L.pdf");
    assertThat(Files.readAllBytes(download.path())).isEqualTo(pdf);

    // the browser refuses the type before sending; the list stays as it was
    page.locator("#documents\\:upload_input").setInputFiles(program);
    expect(page.locator("#documents")).containsText("Dieser Dateityp ist nicht erlaubt.");
    expect(page.locator("#documents\\:documentList_data tr")).hasCount(1);

    page.locator("#documents\\:documentList\\:0\\:deleteDocument").click();
    page.locator("#confirm\\:yes").click();
    expect(page.locator("#documents\\:documentMessages")).containsText("wurde gelöscht");
    expect(page.locator("#documents\\:documentList")).containsText("Noch keine Dokumente.");

    page.locator("#documents\\:upload_input").setInputFiles(offer);
    expect(page.locator("#documents\\:documentList_data")).containsText("Angebot Größe L.pdf");
    // the address names the open tab, so the colleague's link opens the documents directly
    String url = page.url();
    assertThat(url).contains("tab=documents");
    Page marketing = newPage("de-DE");
    LoginPage.open(marketing, CRM).logIn("marketing", "demo");
    marketing.navigate(url);
    expect(marketing.locator("#tab-documents")).hasAttribute("aria-selected", "true");
    expect(marketing.locator("#documents\\:documentList_data")).isVisible();
    expect(marketing.locator("#documents\\:documentList_data")).containsText("Angebot Größe L.pdf");
    assertThat(marketing.locator("#documents\\:upload_input").count()).isZero();
    assertThat(marketing.locator("#documents\\:documentList\\:0\\:deleteDocument").count())
        .isZero();
  }
}
