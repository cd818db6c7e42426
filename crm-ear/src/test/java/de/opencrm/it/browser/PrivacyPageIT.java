package de.opencrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.Download;
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
 * A sales rep records a newsletter consent on a person's page and then its withdrawal; the data
 * protection officer finds the person, sees the withdrawn consent, downloads the disclosure as PDF
 * and JSON and then erases the person, whose page the sales rep then finds anonymised.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivacyPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  private static void choose(Page page, String menuId, String typed, String label) {
    chooseFromMenu(page, menuId, typed, label);
  }

  @Test
  void aConsentIsRecordedAndWithdrawnAndThePersonGetsTheirDisclosure() throws Exception {
    String lastName = "Weiß " + TestData.letterTag();
    Page sales = newPage("de-DE");
    LoginPage.open(sales, CRM).logIn("sales", "demo");
    sales.navigate(CRM + "contacts/contact.xhtml");
    sales.locator("#contactForm\\:firstName").fill("Jürgen");
    sales.locator("#contactForm\\:lastName").fill(lastName);
    sales.locator("#contactForm\\:email").fill("j.weiss@example.de");
    sales.locator("#contactForm\\:save").click();
    expect(sales.locator("main h1")).hasText("Jürgen " + lastName);
    String contactPage = sales.url();
    new RecordPage(sales).tab("consents");
    expect(sales.locator("#consents\\:consentTable")).containsText("Keine Einwilligungen");

    sales.locator("#consents\\:newConsent").click();
    expect(sales.locator("#consentDialog")).isVisible();
    choose(sales, "consentForm:purpose", "Newsletter", "Newsletter");
    sales.locator("#consentForm\\:channel").getByText("E-Mail").click();
    choose(sales, "consentForm:source", "Double", "Double-Opt-in bestätigt");
    sales.locator("#consentForm\\:save").click();
    expect(sales.locator("#consentForm\\:proofMessage")).not().isEmpty();
    sales
        .locator("#consentForm\\:proof")
        .fill("Anmeldung auf /newsletter am Messestand, bestätigt per Link");
    sales.locator("#consentForm\\:save").click();
    expect(sales.locator("#consentDialog")).isHidden();
    expect(sales.locator("#consents\\:consentTable")).containsText("Newsletter");
    expect(sales.locator("#consents\\:consentTable")).containsText("gültig");
    screenshot(sales, "contact-consents");

    sales.locator("#consents\\:consentTable\\:0\\:withdraw").click();
    expect(sales.locator("#withdrawDialog")).containsText("Newsletter");
    sales.locator("#withdrawForm\\:note").fill("Anruf bei der Hotline");
    sales.locator("#withdrawForm\\:confirmWithdrawal").click();
    expect(sales.locator("#consents\\:consentTable")).containsText("widerrufen am");
    expect(sales.locator("#consents\\:consentTable")).containsText("Anruf bei der Hotline");
    expect(sales.locator("#consents\\:newConsent")).isVisible();
    expect(new RecordPage(sales).action("privacy")).hasCount(0);

    Page privacy = newPage("de-DE");
    LoginPage.open(privacy, CRM).logIn("privacy", "demo");
    privacy.locator("#nav-privacy").click();
    privacy.locator("#subjectSearch\\:query").fill(lastName);
    privacy.locator("#subjectSearch\\:search").click();
    privacy
        .locator("#subjectSearch\\:hits a", new Page.LocatorOptions().setHasText(lastName))
        .click();
    expect(privacy.locator("#subjectHeading")).containsText("Jürgen " + lastName);
    expect(privacy.locator("#consents\\:consentTable")).containsText("widerrufen am");
    screenshot(privacy, "privacy-subject");

    Download pdf = privacy.waitForDownload(() -> privacy.locator("#disclosure\\:pdf").click());
    assertThat(pdf.suggestedFilename()).startsWith("Datenauskunft-").endsWith(".pdf");
    byte[] bytes = Files.readAllBytes(pdf.path());
    assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    PdfReader reader = new PdfReader(bytes);
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(new PdfTextExtractor(reader).getTextFromPage(page));
    }
    assertThat(text.toString().replaceAll("\\s+", " "))
        .contains("Auskunft nach Art. 15 DSGVO")
        .contains(lastName)
        .contains("j.weiss@example.de")
        .contains("Double-Opt-in bestätigt")
        .contains("Anruf bei der Hotline");

    Download json = privacy.waitForDownload(() -> privacy.locator("#disclosure\\:json").click());
    assertThat(json.suggestedFilename()).endsWith(".json");
    assertThat(Files.readString(json.path(), StandardCharsets.UTF_8))
        .contains("\"lastName\": \"" + lastName + "\"")
        .contains("\"purpose\": \"NEWSLETTER\"")
        .contains("\"withdrawalNote\": \"Anruf bei der Hotline\"");

    privacy.locator("#erasure\\:preview").click();
    expect(privacy.locator("#erasurePlan")).containsText("0 in sie zusammengeführte");
    expect(privacy.locator("#erasure\\:kept")).containsText("Einwilligungen");
    expect(privacy.locator("#erasure\\:kept")).containsText("Art. 7 Abs. 1 DSGVO");
    screenshot(privacy, "privacy-erasure-preview");
    privacy.locator("#erasure\\:erase").click();
    privacy.locator("#confirm\\:yes").click();
    expect(privacy.locator("#erasure\\:reasonMessage")).containsText("Anlass");
    privacy.locator("#erasure\\:reason").fill("Schreiben vom 20.11.2026, DS-2026-017");
    privacy.locator("#erasure\\:erase").click();
    privacy.locator("#confirm\\:yes").click();
    expect(privacy.locator("#subjectHeading")).hasText("[gelöscht]");
    expect(privacy.locator("#erasedAt")).containsText("gelöscht");

    Page salesAgain = newPage("de-DE");
    LoginPage.open(salesAgain, CRM).logIn("sales", "demo");
    salesAgain.navigate(contactPage);
    expect(salesAgain.locator("#erasedHint")).containsText("gelöscht");
    expect(salesAgain.locator("main h1")).hasText("[gelöscht]");
    RecordPage erased = new RecordPage(salesAgain);
    expect(erased.value("email")).hasText("–");
    expect(erased.action("edit")).hasCount(0);
    erased.tab("consents");
    expect(salesAgain.locator("#consents\\:consentTable")).containsText("Keine Einwilligungen");
    expect(salesAgain.locator("#consents\\:newConsent")).hasCount(0);
    screenshot(salesAgain, "contact-erased");
  }

  @Test
  void theProcessingRegisterFollowsTheDataModelAndPrints() throws Exception {
    Page privacy = newPage("de-DE");
    LoginPage.open(privacy, CRM).logIn("privacy", "demo");
    privacy.locator("#nav-privacy").click();
    privacy.locator("#registerLink").click();
    expect(privacy.locator("main h1")).containsText("Verzeichnis von Verarbeitungstätigkeiten");
    var masterData =
        privacy.locator(
            "section", new Page.LocatorOptions().setHasText("Kunden- und Interessentenstammdaten"));
    expect(masterData).containsText("Contact.birthday (AES-256-GCM)");
    expect(masterData).containsText("Contact.lastName");
    expect(masterData).containsText("Vertrieb");
    expect(masterData).not().containsText("Revision");
    var audit = privacy.locator("section", new Page.LocatorOptions().setHasText("hash-verkettet"));
    expect(audit).containsText("Revision");
    screenshot(privacy, "privacy-register");

    Download pdf = privacy.waitForDownload(() -> privacy.locator("#register\\:pdf").click());
    PdfReader reader = new PdfReader(Files.readAllBytes(pdf.path()));
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(new PdfTextExtractor(reader).getTextFromPage(page));
    }
    assertThat(text.toString().replaceAll("\\s+", " "))
        .contains("Verzeichnis von Verarbeitungstätigkeiten")
        .contains("Einwilligungsverwaltung")
        .contains("§§ 195, 199 BGB");
  }

  @Test
  void theDataProtectionOfficerReviewsARetentionRunAndDiscardsIt() {
    Page privacy = newPage("de-DE");
    LoginPage.open(privacy, CRM).logIn("privacy", "demo");
    privacy.locator("#nav-privacy").click();
    privacy.locator("#retentionLink").click();
    expect(privacy.locator("main h1")).hasText("Löschfristen");
    expect(privacy.locator("#rules\\:ruleTable")).containsText("Personen ohne Kontakt");

    privacy.locator("#runs\\:propose").click();
    expect(privacy.locator("#shownRun")).containsText("zur Freigabe");
    expect(privacy.locator("#runs\\:runTable")).containsText("zur Freigabe");
    screenshot(privacy, "privacy-retention");
    privacy.locator("#runs\\:discard").click();
    expect(privacy.locator("#shownRun")).containsText("verworfen");
    expect(privacy.locator("#runs\\:runTable_data tr").first()).containsText("verworfen");
    expect(privacy.locator("#runs\\:carryOut")).hasCount(0);
  }
}
