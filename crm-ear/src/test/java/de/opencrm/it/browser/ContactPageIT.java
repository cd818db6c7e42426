package de.opencrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.browser.page.LoginPage;
import de.opencrm.it.browser.page.RecordPage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A sales rep adds a contact to a company from the company's page and finds it again by phone. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContactPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  @Test
  void salesAddsAContactToACompanyAndFindsItByPhone() throws Exception {
    String lastName = "Krüger-" + UUID.randomUUID().toString().substring(0, 6);
    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("sales", "demo");
    page.locator("#nav-accounts").click();
    page.locator("#listForm\\:filter").pressSequentially("rheinland");
    page.locator(
            "#listForm\\:accounts_data a",
            new Page.LocatorOptions().setHasText("Rheinland Logistik"))
        .click();
    new RecordPage(page).tab("related");
    page.locator("#accountContacts\\:newContact").click();

    expect(page.locator("#account")).containsText("Rheinland Logistik");
    page.locator("#contactForm\\:firstName").fill("Jörg");
    page.locator("#contactForm\\:lastName").fill(lastName);
    page.locator("#contactForm\\:email").fill("joerg@rheinland-logistik.example");
    page.locator("#contactForm\\:phone").fill("12");
    page.locator("#contactForm\\:save").click();
    expect(page.locator("#contactForm\\:phoneMessage")).containsText("keine gültige Telefonnummer");

    page.locator("#contactForm\\:phone").fill("0221 / 98 76 54 3");
    page.locator("#contactForm\\:addPhone").click();
    Locator mobile = page.locator("#contactForm\\:morePhones input[type=tel]");
    mobile.fill("0170 1234567");
    page.locator("#contactForm\\:morePhones select").selectOption("MOBILE");
    page.locator("#contactForm\\:postalCode").fill("50667");
    page.locator("#contactForm\\:city").fill("Köln");
    page.locator("#contactForm\\:save").click();
    expect(page.locator("main h1")).hasText("Jörg " + lastName);
    RecordPage person = new RecordPage(page);
    expect(person.value("phone")).containsText("0221 9876543");
    expect(person.value("phone")).containsText("0170 1234567 (mobil)");
    expect(page.locator("#postalAddress")).containsText("50667 Köln");
    screenshot(page, "contact-created");

    page.locator("#account a").click();
    new RecordPage(page).tab("related");
    expect(page.locator("#accountContacts\\:contacts_data")).containsText(lastName);
    screenshot(page, "account-with-contacts");

    page.locator("#nav-contacts").click();
    page.locator("#listForm\\:filter").pressSequentially("+49 221 9876543");
    expect(page.locator("#listForm\\:contacts_data")).containsText(lastName);
    expect(page.locator("#listForm\\:contacts_data")).containsText("0221 9876543");

    Download csv = page.waitForDownload(() -> page.locator("#listForm\\:exportCsv").click());
    assertThat(csv.suggestedFilename()).startsWith("Kontakte-").endsWith(".csv");
    String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFName;E-Mail;Telefon;Firma;Schlagwörter\r\n");
    assertThat(text)
        .contains(
            "Jörg "
                + lastName
                + ";joerg@rheinland-logistik.example;0221 9876543;Rheinland Logistik");
    assertThat(text.split("\r\n")).hasSize(2);
  }
}
