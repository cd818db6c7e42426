package de.opencrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.LeadInbox;
import de.opencrm.it.browser.page.LeadPage;
import de.opencrm.it.browser.page.LeadsPage;
import de.opencrm.it.browser.page.LoginPage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrator sets up the trade fair form (source, thank-you page, the website allowed to
 * send it) and copies its HTML; a visitor of the company's website (a static page holding that
 * HTML, served by the browser test) fills it in and lands on the thank-you page; the lead arrives
 * with the fair as its source and the campaign of the visit, routed to the sales rep of its region.
 * Another website is refused, the allowed one may ask first (CORS preflight).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebFormPageIT extends BrowserTest {

  private static final String SITE = "http://127.0.0.1:8080";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  private static String tag() {
    StringBuilder tag = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      tag.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return tag.toString();
  }

  private static Locator row(Page page, String text) {
    return page.locator(
        "#formsForm\\:webForms_data tr", new Page.LocatorOptions().setHasText(text));
  }

  @Test
  void aVisitorSendsTheGeneratedFormFromTheWebsiteAndTheLeadArrivesRouted() throws Exception {
    String tag = tag();
    String key = "messe-" + tag;
    String name = "Messe Hannover " + tag;
    Page admin = newPage("de-DE");
    LoginPage.open(admin, CRM).logIn("admin", "demo");
    admin.locator("#nav-web_forms").click();
    admin.locator("#webFormForm\\:name").fill(name);
    admin.locator("#webFormForm\\:formKey").fill(key);
    pickFromMenu(admin, "webFormForm:source", "Messe / Veranstaltung");
    admin.locator("#webFormForm\\:thankYouUrl").fill(SITE + "/website/danke");
    admin.locator("#webFormForm\\:allowedOrigins").fill("127.0.0.1:8080/website");
    admin.locator("#webFormForm\\:save").click();
    expect(admin.locator("#webFormForm\\:allowedOriginsMessage"))
        .containsText("keine Website-Origin");
    admin.locator("#webFormForm\\:allowedOrigins").fill(SITE);
    admin.locator("#webFormForm\\:save").click();
    expect(row(admin, name)).containsText(key);
    expect(row(admin, name)).containsText("Messe / Veranstaltung");

    row(admin, name).locator("button[id$=':html']").click();
    Locator snippetArea = admin.locator("#snippet");
    expect(snippetArea).containsText("value=\"" + key + "\"");
    String snippet = snippetArea.inputValue();
    assertThat(snippet).contains("action=\"" + CRM + "api/v1/web-leads\"");
    screenshot(admin, "web-forms");

    // the company's website: a static page with the pasted HTML, and its thank-you page
    Page visitor = newPage("de-DE");
    visitor.route(
        SITE + "/website/**",
        (Route route) ->
            route.fulfill(
                new Route.FulfillOptions()
                    .setContentType("text/html; charset=utf-8")
                    .setBody(
                        "<!doctype html><html lang=\"de\"><title>Messe</title><h1>Besuchen Sie uns</h1>"
                            + snippet
                            + "</html>")));
    visitor.navigate(SITE + "/website/messe?utm_source=newsletter&utm_campaign=hannover-" + tag);
    visitor.getByLabel("Nachname").fill("Besucher" + tag);
    visitor.getByLabel("Vorname").fill("Vera");
    visitor.getByLabel("E-Mail").fill("vera." + tag + "@maschinen-sued.de");
    visitor.getByLabel("Firma").fill("Maschinen Süd " + tag + " GmbH");
    visitor.getByLabel("PLZ").fill("80331");
    visitor.getByLabel("Ihre Nachricht").fill("Bitte Termin auf der Messe");
    visitor.locator("button[type=submit]").click();
    // the CRM answers with a redirect to the form's thank-you page (the browser follows it; the
    // test's stand-in website does not see redirected requests, so the address is what counts)
    visitor.waitForURL(SITE + "/website/danke");

    // another website is refused; the allowed one may ask before sending JSON
    HttpResponse<String> foreign =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(CRM + "api/v1/web-leads"))
                .header("Content-Type", "application/json")
                .header("Origin", "https://fremd.example")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"lastName\":\"Fremd\",\"email\":\"f@fremd.example\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    HttpResponse<String> preflight =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(CRM + "api/v1/web-leads"))
                .header("Origin", SITE)
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains(SITE);

    LeadInbox.drained();
    Page sabine = newPage("de-DE");
    LoginPage.open(sabine, CRM).logIn("sales2", "demo");
    sabine.navigate(CRM + "leads/list.xhtml?owner=me");
    LeadsPage mine = new LeadsPage(sabine);
    mine.search("Besucher" + tag);
    expect(mine.rows()).hasCount(1);
    LeadPage lead = mine.openFirst();
    expect(lead.owner()).containsText("Sabine Sommer");
    expect(lead.origin()).containsText("Messe / Veranstaltung");
    expect(lead.origin()).containsText(key);
    expect(lead.origin()).containsText("hannover-" + tag);
    expect(lead.origin()).containsText(SITE + "/website/messe");
    screenshot(sabine, "web-form-lead");

    // the form goes again, so other tests' browsers are not held to its website
    Page cleanup = newPage("de-DE");
    LoginPage.open(cleanup, CRM).logIn("admin", "demo");
    cleanup.locator("#nav-web_forms").click();
    row(cleanup, name).locator("button[id$=':delete']").click();
    cleanup.locator("#confirm\\:yes").click();
    expect(row(cleanup, name)).hasCount(0);
    // the visitor's submission went through the inbox: nothing waits, nothing failed
    expect(cleanup.locator("#inboxWaiting")).containsText("Warten: 0.");
    expect(cleanup.locator("#inboxForm\\:failedSubmissions"))
        .containsText("Keine Einsendung ist beim Anlegen des Leads gescheitert.");
    assertThat(key.toLowerCase(Locale.ROOT)).isEqualTo(key);
  }
}
