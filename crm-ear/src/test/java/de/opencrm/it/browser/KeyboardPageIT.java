package de.opencrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.TestData;
import de.opencrm.it.browser.page.JournalSection;
import de.opencrm.it.browser.page.KeyboardUser;
import de.opencrm.it.browser.page.LeadPage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A sales rep who works with the keyboard only logs in, finds a company by the search, logs a call
 * and plans a task on it (hearing the message of a field left empty), enters an opportunity and
 * moves it on the board, enters a lead and converts it: Tab, Enter, Space, the arrow keys and
 * typing, never a click. Every dialog and message met on the way passes axe-core too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeyboardPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  private static KeyboardUser loggedIn(Page page) {
    return loggedIn(page, "sales");
  }

  private static KeyboardUser loggedIn(Page page, String user) {
    page.navigate(CRM);
    KeyboardUser keys = new KeyboardUser(page);
    keys.tabTo("#j_username").type(user).tabTo("#j_password").type("demo").press("Enter");
    expect(page.locator("nav.crm-nav")).isVisible();
    return keys;
  }

  /** Moves through a radio group with the arrow keys until the focused choice has that label. */
  private static void choose(Page page, KeyboardUser keys, String groupId, String label) {
    keys.tabTo("#" + groupId.replace(":", "\\:") + " input[type=radio]");
    for (int i = 0; i < 10; i++) {
      // a radio's own label is its last: the group's label points at the first radio too
      Object focused =
          page.evaluate(
              "() => { const l = Array.from(document.activeElement.labels || []).pop();"
                  + " return l ? l.textContent.trim() : ''; }");
      if (label.equals(focused)) {
        return;
      }
      keys.press("ArrowRight");
    }
    throw new AssertionError("the arrow keys never chose " + label + " in " + groupId);
  }

  /**
   * What the page shows now (a dialog open, a message under a field) meets WCAG 2.1 AA too; the
   * page behind an open dialog was checked before it opened.
   */
  private static void accessible(Page page) {
    assertThat(AxeCheck.violationsInFront(page)).as("axe-core on " + page.url()).isEmpty();
  }

  @Test
  void aCallAndATaskAreLoggedOnACompanyFoundBySearch() {
    String tag = TestData.letterTag();
    Page page = newPage("de-DE", 1366, 860);
    KeyboardUser keys = loggedIn(page);

    keys.tabTo("#globalSearch\\:q_input").type("Rheinland");
    expect(page.locator("#globalSearch\\:q_panel")).containsText("Rheinland Logistik");
    keys.press("Enter");
    expect(page.locator("main h1")).containsText("Rheinland Logistik");

    keys.tabTo("#recordActions\\:logCall").press("Enter").waitForFocusIn("activityDialog");
    accessible(page);
    choose(page, keys, "activityForm:type", "Anruf");
    keys.tabTo("#activityForm\\:subject").type("Rückruf " + tag);
    keys.tabTo("#activityForm\\:durationMinutes").type("10");
    keys.tabTo("#activityForm\\:save").press("Enter");
    expect(page.locator("#activityDialog")).isHidden();
    expect(new JournalSection(page).timeline()).containsText("Rückruf " + tag);

    keys.tabTo("#recordActions\\:newTask").press("Enter").waitForFocusIn("taskDialog");
    // saved without a subject: the message is tied to the field, so a screen reader reads it there
    keys.tabTo("#taskForm\\:save").press("Enter");
    expect(page.locator("#taskForm\\:subjectMessage")).not().isEmpty();
    expect(page.locator("#taskForm\\:subject"))
        .hasAttribute("aria-describedby", Pattern.compile("taskForm:subjectMessage"));
    expect(page.locator("#taskForm\\:subject")).hasAttribute("aria-invalid", "true");
    accessible(page);
    keys.tabTo("#taskForm\\:subject").type("Angebot " + tag);
    keys.tabTo("#taskForm\\:dueDate_input").type("15.12.2030");
    choose(page, keys, "taskForm:priority", "Hoch");
    keys.tabTo("#taskForm\\:save").press("Enter");
    expect(page.locator("#taskDialog")).isHidden();
    expect(new JournalSection(page).tasks()).containsText("Angebot " + tag);
    screenshot(page, "keyboard-company");

    // the record's tabs: arrow keys move between them and open each
    keys.tabTo("#tab-activities").press("ArrowRight");
    expect(page.locator("#tab-details")).isFocused();
    expect(page.locator("#tab-details")).hasAttribute("aria-selected", "true");
    expect(page.locator("#panel-details")).isVisible();
    expect(page.locator("#panel-activities")).isHidden();
    keys.press("End");
    expect(page.locator("#panel-documents")).isVisible();
    assertThat(page.url()).contains("tab=documents");
  }

  @Test
  void anOpportunityIsEnteredAndMovedOnTheBoard() throws Exception {
    String tag = TestData.letterTag();
    long account = accountWithDebtorNumber("D-10001");
    Page page = newPage("de-DE", 1366, 860);
    KeyboardUser keys = loggedIn(page);

    page.navigate(CRM + "opportunities/opportunity.xhtml?account=" + account);
    keys.tabTo("#opportunityForm\\:name").type("Taste " + tag);
    keys.tabTo("#opportunityForm\\:amount_input").type("5000");
    keys.tabTo("#opportunityForm\\:save").press("Enter");
    expect(page.locator("main h1")).hasText("Taste " + tag);

    page.navigate(CRM + "opportunities/board.xhtml");
    keys.tabTo("#boardForm\\:search").type(tag);
    Locator card = page.locator(".crm-board-card", new Page.LocatorOptions().setHasText(tag));
    expect(page.locator(".crm-board-card")).hasCount(1);
    keys.tabTo(".crm-board-card .crm-board-move").press("Enter").waitForFocusIn("moveDialog");
    accessible(page);
    keys.tabTo("#moveForm\\:targetStage input[type=radio]:checked").press("ArrowDown");
    keys.tabTo("#moveForm\\:move").press("Enter");
    expect(page.locator("#moveDialog")).isHidden();
    Locator second = page.locator("section.crm-board-column").nth(1);
    expect(second.locator(".crm-board-card")).containsText("Taste " + tag);
    expect(card).hasCount(1);
  }

  @Test
  void aLeadIsEnteredScoredAcceptedAndConverted() {
    String tag = TestData.letterTag();
    Page page = newPage("de-DE", 1366, 860);
    // the south (PLZ 80331) is routed to her
    KeyboardUser keys = loggedIn(page, "sales2");
    page.navigate(CRM + "leads/list.xhtml");

    keys.tabTo("#listForm\\:newLead").press("Enter").waitForFocusIn("leadDialog");
    keys.tabTo("#leadForm\\:firstName").type("Greta");
    keys.tabTo("#leadForm\\:lastName").type("Taste" + tag);
    keys.tabTo("#leadForm\\:email").type("greta@taste-" + tag + ".de");
    keys.tabTo("#leadForm\\:jobTitle").type("Geschäftsführerin");
    keys.tabTo("#leadForm\\:company").type("Taste " + tag + " GmbH");
    // a select menu is focused on its label and takes the first letters of an entry
    keys.tabTo("#leadForm\\:companySize_label").type("50");
    expect(page.locator("#leadForm\\:companySize_label")).hasText("50–249");
    keys.tabTo("#leadForm\\:postalCode").type("80331");
    keys.tabTo("#leadForm\\:city").type("München");
    accessible(page);
    keys.tabTo("#leadForm\\:save").press("Enter");
    LeadPage lead = new LeadPage(page);
    expect(lead.status()).hasText("MQL (Marketing-qualifiziert)");

    keys.tabTo("#leadPage\\:accept").press("Enter");
    expect(lead.status()).hasText("SQL (vom Vertrieb angenommen)");
    keys.tabTo("#leadPage\\:startConversion").press("Enter");
    expect(page.locator("#leadPage\\:accountChoice")).containsText("Taste " + tag + " GmbH");
    keys.tabTo("#leadPage\\:withOpportunity_input").press("Space");
    expect(page.locator("#leadPage\\:opportunityAmount_input")).isVisible();
    keys.tabTo("#leadPage\\:opportunityAmount_input").type("12000");
    accessible(page);
    keys.tabTo("#leadPage\\:convert").press("Enter");
    expect(lead.status()).hasText("Konvertiert");
  }

  @Test
  void aTicketIsOpenedForACustomerAndAnswered() {
    String tag = TestData.letterTag();
    Page page = newPage("de-DE", 1366, 860);
    KeyboardUser keys = loggedIn(page, "service");
    page.navigate(CRM + "tickets/ticket.xhtml");

    keys.tabTo("#ticketForm\\:subject").type("Etikettendrucker " + tag);
    keys.tabTo("#ticketForm\\:account_input").type("rheinland log");
    expect(page.locator("#ticketForm\\:account_panel")).containsText("Rheinland Logistik");
    keys.press("ArrowDown").press("Enter");
    expect(page.locator("#ticketForm\\:contact_label")).isEnabled();
    // the company's people are loaded for the contact menu once the company is chosen
    page.waitForFunction("() => PrimeFaces.ajax.Queue.isEmpty()");
    keys.tabTo("#ticketForm\\:contact_label").type("Kat");
    expect(page.locator("#ticketForm\\:contact_label")).containsText("Katharina");
    accessible(page);
    keys.tabTo("#ticketForm\\:open").press("Enter");
    expect(page.locator("h1")).containsText("Etikettendrucker " + tag);

    keys.tabTo("#replyForm\\:reply").type("Wir tauschen den Drucker morgen aus.");
    keys.tabTo("#replyForm\\:sendReply").press("Enter");
    expect(page.locator("#threadForm\\:thread_data")).containsText("tauschen den Drucker");
    expect(page.locator("#slaFirstResponse")).containsText("eingehalten");
    accessible(page);
  }

  @Test
  void aDuplicatePersonIsMergedIntoTheFirst() {
    String tag = TestData.letterTag();
    Page page = newPage("de-DE", 1366, 860);
    KeyboardUser keys = loggedIn(page);
    enterPerson(page, keys, "Tabea", "Tastmann" + tag);
    String first = page.url();
    enterPerson(page, keys, "Tabea", "Tasstmann" + tag);
    expect(page.locator("#duplicateWarning")).isVisible();
    keys.tabTo("#contactForm\\:saveAnyway").press("Enter");
    expect(page.locator("main h1")).hasText("Tabea Tasstmann" + tag);

    page.navigate(first);
    keys.tabTo("#recordActions\\:merge").press("Enter").waitForFocusIn("mergeDialog");
    keys.tabTo("#mergeStart\\:duplicate_input").type("tasstmann" + tag.toLowerCase());
    expect(page.locator("#mergeStart\\:duplicate_panel")).containsText("Tasstmann" + tag);
    keys.press("ArrowDown").press("Enter");
    accessible(page);
    keys.tabTo("#mergeStart\\:compare").press("Enter");
    expect(page.locator("main h1")).hasText("Kontakte zusammenführen");
    accessible(page);
    keys.tabTo("#mergeForm\\:merge").press("Enter");
    expect(page.locator("#mergeNote")).containsText("Tasstmann" + tag);
  }

  private static void enterPerson(Page page, KeyboardUser keys, String first, String last) {
    page.navigate(CRM + "contacts/contact.xhtml");
    keys.tabTo("#contactForm\\:firstName").type(first);
    keys.tabTo("#contactForm\\:lastName").type(last);
    keys.tabTo("#contactForm\\:save").press("Enter");
    // stored (the record's header with its actions) or held back as a likely duplicate
    expect(page.locator("#recordActions").or(page.locator("#duplicateWarning")).first())
        .isVisible();
  }

  @Test
  void anAddressBookIsImportedFromAFileChosenByKeyboard() throws Exception {
    String tag = TestData.letterTag();
    Path file = Files.createTempDirectory("csv").resolve("Tastatur.csv");
    Files.writeString(
        file,
        "Nachname;Vorname;E-Mail\r\nTastimport"
            + tag
            + ";Ida;ida."
            + tag.toLowerCase()
            + "@example.de\r\n",
        StandardCharsets.UTF_8);
    Page page = newPage("de-DE", 1366, 860);
    KeyboardUser keys = loggedIn(page);
    page.navigate(CRM + "contacts/import.xhtml");

    // the upload's button opens the system's file chooser from the keyboard
    chooseByKeyboard(page, keys, "#importForm\\:file .ui-fileupload-choose").setFiles(file);
    expect(page.locator("#loadedFile")).containsText("Tastatur.csv");
    accessible(page);
    keys.tabTo("#importForm\\:dryRun").press("Enter");
    expect(page.locator("#summary")).containsText("1 von 1 Zeilen verarbeitet: 1 angelegt");
    keys.tabTo("#importForm\\:run").press("Enter");
    expect(page.locator("#stepResult")).hasText("Ergebnis des Imports");
    accessible(page);
  }

  /**
   * Opens the file chooser with Enter on the upload's button. A busy machine can take the first
   * Enter before the upload's script listens, so the key is pressed again, never clicked.
   */
  private static FileChooser chooseByKeyboard(Page page, KeyboardUser keys, String button) {
    for (int attempt = 1; ; attempt++) {
      keys.tabTo(button);
      try {
        return page.waitForFileChooser(
            new Page.WaitForFileChooserOptions().setTimeout(5_000), () -> keys.press("Enter"));
      } catch (TimeoutError e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }
}
