package de.opencrm.it.browser;

import com.microsoft.playwright.Page;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.LeadInbox;
import de.opencrm.it.browser.page.LoginPage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With a history of closed leads in the database, the administrator trains the predictive score on
 * the scoring page and reads how it did; a lead the website sends afterwards shows its chance to
 * convert and the factors for and against on its page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LeadPredictionPageIT extends BrowserTest {

  private static final int PER_OUTCOME = 45;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  private static Connection db() throws Exception {
    return DriverManager.getConnection(
        System.getenv("CRM_DB_URL"),
        System.getenv("CRM_DB_USER"),
        System.getenv("CRM_DB_PASSWORD"));
  }

  private static void history(String tag, String good, String poor) throws Exception {
    try (Connection db = db();
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO crm_lead (id, last_name, email, company, industry, postal_code,"
                    + " country, status, score, source, captured_at, submissions, version,"
                    + " created_at, created_by, modified_at, modified_by)"
                    + " VALUES (nextval('crm_lead_seq'), ?, ?, 'Verlauf GmbH', ?, '50667', 'DE',"
                    + " ?, 0, 'REFERRAL', ?, 1, 0, ?, 'it', ?, 'it')")) {
      Timestamp at = Timestamp.from(Instant.now().minusSeconds(86_400 * 60));
      for (int i = 0; i < 2 * PER_OUTCOME; i++) {
        boolean converts = i % 2 == 0;
        insert.setString(1, "Verlauf-" + tag + "-" + i);
        insert.setString(2, "v" + i + "@verlauf-" + tag + ".de");
        insert.setString(3, converts ? good : poor);
        insert.setString(4, converts ? "CONVERTED" : "DISQUALIFIED");
        insert.setTimestamp(5, at);
        insert.setTimestamp(6, at);
        insert.setTimestamp(7, at);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static long leadId(String lastName) throws Exception {
    try (Connection db = db();
        PreparedStatement find =
            db.prepareStatement("SELECT id FROM crm_lead WHERE last_name = ?")) {
      find.setString(1, lastName);
      try (ResultSet row = find.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static void forget(String tag, String lastName) throws Exception {
    try (Connection db = db();
        PreparedStatement delete =
            db.prepareStatement("DELETE FROM crm_lead WHERE last_name LIKE ? OR last_name = ?")) {
      delete.setString(1, "Verlauf-" + tag + "-%");
      delete.setString(2, lastName);
      delete.executeUpdate();
    }
  }

  @Test
  void theAdministratorTrainsTheModelAndALeadShowsItsChanceAndFactors() throws Exception {
    String tag = "";
    for (int i = 0; i < 5; i++) {
      tag += (char) ('a' + ThreadLocalRandom.current().nextInt(26));
    }
    String good = "Prognose" + tag;
    String poor = "Streuung" + tag;
    String lastName = "Chance-" + tag;
    history(tag, good, poor);
    try {
      Page page = newPage("de-DE");
      LoginPage.open(page, CRM).logIn("admin", "demo");
      page.locator("#nav-lead_scoring").click();
      expect(page.locator("#predictionHeading")).hasText("Vorhersage aus den eigenen Abschlüssen");
      page.locator("#predictionForm\\:trainModel").click();
      expect(page.locator("#predictionStatus")).containsText("Trainiert");
      expect(page.locator("#predictionStatus")).containsText("lag es in");
      screenshot(page, "lead-prediction-trained");

      HttpResponse<String> sent =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(CRM + "api/v1/web-leads"))
                      .header("Content-Type", "application/json")
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              "{\"lastName\":\""
                                  + lastName
                                  + "\",\"email\":\"einkauf@kunde-"
                                  + tag
                                  + ".de\",\"company\":\"Kunde GmbH\",\"industry\":\""
                                  + good
                                  + "\",\"postalCode\":\"50667\",\"country\":\"DE\"}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (sent.statusCode() != 202) {
        throw new IllegalStateException(sent.statusCode() + " " + sent.body());
      }

      LeadInbox.drained();
      page.navigate(CRM + "leads/lead.xhtml?id=" + leadId(lastName) + "&tab=score");
      expect(page.locator("#predictionHeading"))
          .hasText("Abschlusswahrscheinlichkeit (Vorhersage)");
      expect(page.locator("#predictedScore")).isVisible();
      expect(page.locator("#predictedScore")).containsText("%");
      expect(page.locator("#predictionFactors"))
          .containsText("Branche: " + good.toLowerCase() + " (spricht dafür)");
      screenshot(page, "lead-prediction");
    } finally {
      forget(tag, lastName);
    }
  }
}
