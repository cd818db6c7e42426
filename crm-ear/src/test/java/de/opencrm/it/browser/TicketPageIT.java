package de.opencrm.it.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.TestData;
import de.opencrm.it.browser.page.LoginPage;
import de.opencrm.it.browser.page.RecordPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A service agent takes a call in Chromium: opens a ticket for a customer's person, sees it
 * numbered and handed to an agent of the queue with the reason, the SLA badges running; notes the
 * call back (first response met), sets it to wait on the customer (resolution paused) and hands it
 * over with a reason, which the assignment history shows.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TicketPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  @Test
  void anAgentOpensATicketFromACallAndWorksIt() {
    String subject = "Scanner meldet Fehler " + TestData.letterTag();
    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("service", "demo");
    page.locator("#nav-tickets").click();
    page.locator("#listForm\\:newTicket").click();
    page.locator("#ticketForm\\:open").click();
    expect(page.locator("#ticketForm\\:subjectMessage")).containsText("füllen Sie dieses Feld aus");

    page.locator("#ticketForm\\:subject").fill(subject);
    page.locator("#ticketForm\\:description").fill("Fehler E-42 nach dem Update");
    page.locator("#ticketForm\\:account_input").pressSequentially("rheinland log");
    page.locator(
            "#ticketForm\\:account_panel .ui-autocomplete-item",
            new Page.LocatorOptions().setHasText("Rheinland Logistik"))
        .first()
        .click();
    page.waitForFunction("() => PrimeFaces.ajax.Queue.isEmpty()");
    pickFromMenu(page, "ticketForm:priority", "Hoch");
    page.locator("#ticketForm\\:open").click();

    expect(page.locator("h1")).containsText(subject);
    expect(page.locator("h1")).containsText("T-");
    expect(page.locator("#ticketStatus")).hasText("Zugewiesen");
    Locator assignee = page.locator("#ticketAssignee");
    expect(assignee).containsText("S");
    String first = assignee.textContent().strip();
    expect(page.locator("#reassignForm\\:assignments_data"))
        .containsText("Wenigste offene Tickets");
    expect(page.locator("#slaFirstResponse")).containsText("Erste Antwort");
    expect(page.locator("#slaFirstResponse")).not().containsText("eingehalten");
    screenshot(page, "ticket-opened");

    page.locator("#threadForm\\:body").fill("Kunden zurückgerufen, Treiber neu installiert");
    page.locator("#threadForm\\:addNote").click();
    expect(page.locator("#threadForm\\:thread_data")).containsText("Treiber neu installiert");
    expect(page.locator("#slaFirstResponse")).containsText("eingehalten");

    page.locator("button.crm-status-WAITING_ON_CUSTOMER").click();
    expect(page.locator("#ticketStatus")).hasText("Wartet auf Kunde");
    expect(page.locator("#slaResolution")).containsText("pausiert");

    String other = first.contains("Sven") ? "Sophie Sauer" : "Sven Seidel";
    new RecordPage(page).tab("assignments");
    pickFromMenu(page, "reassignForm:agent", other);
    page.locator("#reassignForm\\:reassign").click();
    expect(page.locator("#reassignForm\\:noteMessage")).containsText("warum");
    page.locator("#reassignForm\\:note").fill("Urlaubsvertretung");
    page.locator("#reassignForm\\:reassign").click();
    expect(page.locator("#ticketAssignee")).hasText(other);
    expect(page.locator("#reassignForm\\:assignments_data"))
        .containsText("Von Hand: Urlaubsvertretung");
    screenshot(page, "ticket-worked");

    page.locator("#backToTickets").click();
    page.locator("#listForm\\:filter").pressSequentially(subject);
    expect(page.locator("#listForm\\:tickets_data tr")).hasCount(1);
    expect(page.locator("#listForm\\:tickets_data")).containsText(other);
  }
}
