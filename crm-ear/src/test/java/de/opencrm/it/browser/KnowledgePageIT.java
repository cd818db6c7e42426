package de.opencrm.it.browser;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Page;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.ServiceMailServer;
import de.opencrm.it.TestData;
import de.opencrm.it.browser.page.LoginPage;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An agent writes a knowledge base article in Chromium (a missing text is refused, nothing typed is
 * lost) and publishes it; a customer's mail about the same thing becomes a ticket whose page
 * suggests the article, and the agent puts its text into the reply. A salesperson finds the
 * published article, not the agent's draft.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KnowledgePageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  private GreenMail mail;

  @BeforeEach
  void startMailServer() {
    mail = ServiceMailServer.start();
  }

  @AfterEach
  void stopMailServer() {
    mail.stop();
  }

  @Test
  void anAgentPublishesAnArticleAndAnswersATicketWithIt() throws Exception {
    String tag = TestData.letterTag();
    String title = "Kartenleser " + tag + " blinkt rot";
    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("service", "demo");
    page.locator("#nav-tickets").click();
    page.locator("#listForm\\:knowledge").click();
    expect(page.locator("h1")).containsText("Wissensdatenbank");

    page.locator("#listForm\\:newArticle").click();
    page.locator("#articleForm\\:title").fill(title);
    page.locator("#articleForm\\:category_input").fill("hardware");
    page.locator("#articleForm\\:save").click();
    expect(page.locator("#articleForm\\:bodyMessage")).containsText("füllen Sie dieses Feld aus");
    expect(page.locator("#articleForm\\:title")).hasValue(title);
    page.locator("#articleForm\\:body")
        .fill(
            "Bitte den Kartenleser zehn Sekunden vom Strom trennen und die Firmware 2.1 einspielen.");
    page.locator("#articleForm\\:save").click();
    expect(page.locator("#articleStatus")).hasText("Entwurf");
    page.locator("#statusForm\\:publish").click();
    expect(page.locator("#articleStatus")).hasText("Veröffentlicht");
    screenshot(page, "knowledge-article");

    page.locator("#backToKnowledge").click();
    page.locator("#listForm\\:newArticle").click();
    page.locator("#articleForm\\:title").fill("Kartenleser " + tag + " Entwurf");
    page.locator("#articleForm\\:body").fill("Noch nicht geprüft.");
    page.locator("#articleForm\\:save").click();
    expect(page.locator("#articleStatus")).hasText("Entwurf");

    String customer = "kai." + tag + "@kunde.example";
    ServiceMailServer.sendAsCustomer(
        customer,
        "Kai Kunde",
        "Kartenleser " + tag + " geht nicht",
        "Unser Kartenleser blinkt seit dem Gewitter nur noch rot.");
    openTicketFromMail(page, "Kartenleser " + tag);
    expect(page.locator("#articlesHint")).containsText("Passend zu diesem Ticket");
    expect(page.locator("li.crm-suggestion").first()).containsText(title);
    expect(page.locator("#replyForm\\:articles")).not().containsText("Entwurf");

    page.locator("#replyForm\\:reply").fill("Guten Tag Kai Kunde,");
    page.locator("li.crm-suggestion").first().locator("button").click();
    expect(page.locator("#replyForm\\:reply"))
        .hasValue(
            Pattern.compile(
                "Guten Tag Kai Kunde,\\n\\nBitte den Kartenleser[\\s\\S]*Firmware 2\\.1"));

    page.locator("#replyForm\\:knowledgeQuery").fill("qqqqzz");
    page.locator("#replyForm\\:searchKnowledge").click();
    expect(page.locator("#noArticles")).isVisible();
    page.locator("#replyForm\\:knowledgeQuery").fill(tag + " firmw");
    page.locator("#replyForm\\:searchKnowledge").click();
    expect(page.locator("#articlesHint")).containsText("Gefunden");
    expect(page.locator("li.crm-suggestion")).hasCount(1);
    screenshot(page, "knowledge-suggested");

    Page sales = secondUsersPage("de-DE");
    LoginPage.open(sales, CRM).logIn("sales", "demo");
    sales.navigate(CRM + "tickets/knowledge.xhtml");
    sales.locator("#listForm\\:filter").pressSequentially("kartenleser " + tag);
    expect(sales.locator("#listForm\\:articles_data tr")).hasCount(1);
    expect(sales.locator("#listForm\\:articles_data")).containsText(title);
    expect(sales.locator("#listForm\\:newArticle")).hasCount(0);
    sales.locator("a.crm-article-link").click();
    expect(sales.locator("#articleBody")).containsText("Firmware 2.1");
  }
}
