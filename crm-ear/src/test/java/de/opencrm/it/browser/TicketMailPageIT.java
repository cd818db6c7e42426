package de.opencrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Page;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.ServiceMailServer;
import de.opencrm.it.TestData;
import de.opencrm.it.browser.page.LoginPage;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A customer writes to the service mailbox (GreenMail beside the test, which the server reads over
 * IMAP on its timer); an agent finds the mail as a ticket assigned by the queue's policy with its
 * SLA badges, answers it from a template, and the customer's inbox receives the reply threaded to
 * the mail it answers, with the ticket number in the subject.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TicketMailPageIT extends BrowserTest {

  private static final String SERVICE = ServiceMailServer.SERVICE;

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
  void aCustomersMailBecomesATicketAndTheReplyReachesThemThreaded() throws Exception {
    String tag = TestData.letterTag();
    String customer = "clara." + tag.toLowerCase() + "@kunde.example";
    String subject = "Lieferung " + tag + " fehlt";
    ServiceMailServer.sendAsCustomer(
        customer, "Clara Kundin", subject, "Unsere Bestellung 4711 ist nicht angekommen.");
    String questionId = mail.getReceivedMessages()[0].getMessageID();

    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("service", "demo");
    openTicketFromMail(page, "Lieferung " + tag);

    expect(page.locator("h1")).containsText(subject);
    String number = page.locator("h1").textContent().strip().split(" ")[0];
    expect(page.locator("#ticketStatus")).hasText("Zugewiesen");
    expect(page.locator("#ticketRequester")).containsText("Clara Kundin <" + customer + ">");
    expect(page.locator("#reassignForm\\:assignments_data"))
        .containsText("Wenigste offene Tickets");
    expect(page.locator("#slaFirstResponse")).containsText("Erste Antwort");
    expect(page.locator("#threadForm\\:thread_data")).containsText("Bestellung 4711");
    expect(page.locator("#threadForm\\:thread_data")).containsText("E-Mail eingegangen");

    pickFromMenu(page, "replyForm:template", "Eingangsbestätigung (de)");
    expect(page.locator("#replyForm\\:reply"))
        .hasValue(java.util.regex.Pattern.compile("Guten Tag Clara Kundin,[\\s\\S]*" + number));
    page.locator("#replyForm\\:sendReply").click();
    expect(page.locator("#ticketStatus")).hasText("Wartet auf Kunde");
    expect(page.locator("#slaFirstResponse")).containsText("eingehalten");

    List<MimeMessage> inbox = List.of();
    for (int i = 0; i < 100 && inbox.isEmpty(); i++) {
      Thread.sleep(100);
      inbox =
          Arrays.stream(mail.getReceivedMessages()).filter(m -> to(m).contains(customer)).toList();
    }
    assertThat(inbox).hasSize(1);
    MimeMessage reply = inbox.get(0);
    assertThat(reply.getSubject()).isEqualTo("Re: [" + number + "] " + subject);
    assertThat(reply.getHeader("In-Reply-To", null)).isEqualTo(questionId);
    assertThat(String.valueOf(reply.getContent())).contains("Guten Tag Clara Kundin,");

    page.reload();
    expect(page.locator("#threadForm\\:thread_data")).containsText("Gesendet");
    expect(page.locator("#threadForm\\:thread_data")).containsText(SERVICE + " → " + customer);
    screenshot(page, "ticket-mail-replied");

    // the mailbox's log shows what became of the mail
    page.locator("#backToTickets").click();
    page.locator("#listForm\\:mailbox").click();
    page.locator("#mailboxForm\\:filter").pressSequentially(customer);
    expect(page.locator("#mailboxForm\\:intakes_data")).containsText("Neues Ticket");
    expect(page.locator("#mailboxForm\\:intakes_data")).containsText(number);
    page.locator("#mailboxForm\\:intakes_data a").first().click();

    // solved: the customer is asked how satisfied they are, and answers without a login
    page.locator("button.crm-status-SOLVED").click();
    expect(page.locator("#ticketStatus")).hasText("Gelöst");
    expect(page.locator("#ticketSurvey")).containsText("Umfrage gesendet");
    MimeMessage survey = null;
    for (int i = 0; i < 100 && survey == null; i++) {
      Thread.sleep(100);
      survey =
          Arrays.stream(mail.getReceivedMessages())
              .filter(
                  m -> to(m).contains(customer) && String.valueOf(content(m)).contains("/survey/"))
              .findFirst()
              .orElse(null);
    }
    assertThat(survey).as("survey mail").isNotNull();
    java.util.regex.Matcher link =
        java.util.regex.Pattern.compile("http\\S+/survey/answer\\.xhtml\\?token=[A-Za-z0-9_-]+")
            .matcher(String.valueOf(content(survey)));
    assertThat(link.find()).isTrue();
    Page customerPage = secondUsersPage("de-DE");
    customerPage.navigate(link.group().replace("http://localhost:8080/crm/", CRM));
    expect(customerPage.locator("#surveyAbout")).containsText(number);
    customerPage.locator("#surveyForm\\:send").click();
    expect(customerPage.locator("#surveyForm\\:messages")).containsText("wie zufrieden");
    customerPage.locator("label[for='surveyForm:csat:4']").click();
    customerPage.locator("#surveyForm\\:comment").fill("Schnell und freundlich");
    customerPage.locator("label[for='surveyForm:nps:9']").click();
    customerPage.locator("#surveyForm\\:send").click();
    expect(customerPage.locator("#surveyThanks")).containsText("Vielen Dank");
    screenshot(customerPage, "survey-answered");
    customerPage.reload();
    expect(customerPage.locator("#surveyAnswered")).isVisible();

    page.reload();
    expect(page.locator("#ticketSurvey")).containsText("5/5");
    expect(page.locator("#ticketSurvey")).containsText("NPS 9/10");
    expect(page.locator("#ticketSurvey")).containsText("Schnell und freundlich");
  }

  private static Object content(MimeMessage m) {
    try {
      return m.getContent();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String to(MimeMessage m) {
    try {
      return InternetAddress.toString(m.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
