package de.opencrm.it.browser;

import com.microsoft.playwright.Page;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.TestData;
import de.opencrm.it.browser.page.LoginPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrator sets up a queue in Chromium: its assignment policy and business hours in
 * Berlin, an agent with capacity and skills; an SLA target that would make the solution due before
 * the first answer is refused with the reason and nothing is lost.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServiceSetupPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  @Test
  void anAdministratorSetsUpAQueueItsAgentsAndTheSlaTargets() {
    String name = "Technik " + TestData.letterTag();
    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("admin", "demo");
    page.locator("#nav-tickets").click();
    page.locator("#listForm\\:setup").click();
    expect(page.locator("h1")).containsText("Queues und SLA");

    page.locator("#queueForm\\:newQueue").click();
    expect(page.locator("#queueFormHeading")).hasText("Neue Queue");
    page.locator("#queueForm\\:name").fill(name);
    pickFromMenu(page, "queueForm:policy", "Passendste Kenntnisse");
    pickFromMenu(page, "queueForm:state", "Berlin");
    page.locator("#queueForm\\:zone").fill("Mars/Olympus");
    page.locator("#queueForm\\:saveQueue").click();
    expect(page.locator("#queueForm\\:zoneMessage")).containsText("Zeitzone gibt es nicht");
    expect(page.locator("#queueForm\\:name")).hasValue(name);
    page.locator("#queueForm\\:zone").fill("Europe/Berlin");
    page.locator("#queueForm\\:saveQueue").click();
    expect(page.locator("#queueForm\\:queues_data")).containsText(name);
    expect(page.locator("#queueForm\\:queues_data")).containsText("Passendste Kenntnisse");
    expect(page.locator("#membersHeading")).containsText(name);

    pickFromMenu(page, "membersForm:newAgent", "Sophie Sauer");
    page.locator("#membersForm\\:newCategories").fill("Netzwerk, Drucker");
    page.locator("#membersForm\\:addMember").click();
    expect(page.locator("#membersForm\\:members_data")).containsText("Sophie Sauer");
    expect(page.locator("#membersForm\\:members\\:0\\:categories")).hasValue("Netzwerk, Drucker");

    page.locator("#policiesForm\\:policies\\:0\\:resolution_input").fill("1");
    page.locator("#policiesForm\\:policies\\:0\\:savePolicy").click();
    expect(page.locator("#policiesForm\\:policyMessages")).containsText("nicht früher fällig");
    screenshot(page, "service-setup");
  }
}
