package de.opencrm.it.browser;

import com.microsoft.playwright.Page;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.TestData;
import de.opencrm.it.browser.page.LeadPage;
import de.opencrm.it.browser.page.LeadsPage;
import de.opencrm.it.browser.page.LoginPage;
import de.opencrm.it.browser.page.RecordPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sales enter a lead taken at a trade fair; the demo routing rules (south of Germany to Vertrieb
 * Süd) give it to Sabine Sommer. Stefan (Vertrieb Nord) learns where it went but does not see
 * Vertrieb Süd's leads; Sabine finds it among hers, reads why it is hers, and disqualifies it,
 * which needs a reason.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LeadPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  @Test
  void aLeadEnteredBySalesIsRoutedByRegionAndItsOwnerWorksOnIt() {
    String last = "Brandl" + TestData.letterTag();
    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("sales", "demo");
    LeadsPage leads = LeadsPage.open(page).startNewLead();
    leads.save();
    expect(leads.messageFor("lastName")).not().isEmpty();
    leads
        .fill("firstName", "Franziska")
        .fill("lastName", last)
        .fill("company", "Isar Werkzeugbau GmbH")
        .fill("postalCode", "8033")
        .save();
    expect(leads.messageFor("postalCode")).containsText("PLZ passt nicht");
    leads.fill("postalCode", "80331").fill("city", "München").save();
    // routed to Vertrieb Süd, whose leads Stefan (Vertrieb Nord) does not see: the list says where
    // it went
    expect(page.locator(".ui-growl-message").last()).containsText("an Sabine Sommer verteilt");
    new LeadsPage(page).search(last);
    expect(new LeadsPage(page).rows().first()).containsText("Nichts gefunden");

    Page sabine = newPage("de-DE");
    LoginPage.open(sabine, CRM).logIn("sales2", "demo");
    sabine.navigate(CRM + "leads/list.xhtml?owner=me");
    LeadsPage mine = new LeadsPage(sabine);
    mine.search(last);
    expect(mine.rows()).hasCount(1);
    expect(mine.rows().first()).containsText("Isar Werkzeugbau GmbH");
    LeadPage hers = mine.openFirst();
    expect(hers.name()).hasText("Franziska " + last);
    expect(hers.status()).hasText("Zugewiesen");
    expect(hers.owner()).containsText("Sabine Sommer");
    expect(hers.routing()).containsText("Süddeutschland (PLZ 5–9)");
    expect(hers.routing()).containsText("wenigste offene Leads");
    expect(hers.routing()).containsText("Sabine Sommer: hat den Lead bekommen");
    expect(hers.origin()).containsText("Telefon");
    screenshot(sabine, "lead-routed");

    hers.changeStatus("Disqualifiziert", null);
    expect(hers.reasonMessage()).containsText("warum");
    expect(hers.status()).hasText("Zugewiesen");
    hers.changeStatus("Disqualifiziert", "Nicht erreichbar");
    expect(hers.status()).hasText("Disqualifiziert");
    expect(sabine.locator("#statusReason")).containsText("Nicht erreichbar");
    screenshot(sabine, "lead-disqualified");
  }

  @Test
  void aLeadScoredIntoMqlIsAcceptedBySalesAndConvertedIntoACustomer() {
    String tag = TestData.letterTag();
    String company = "Alpenkonvert " + tag + " GmbH";
    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("sales2", "demo");
    LeadsPage leads =
        LeadsPage.open(page)
            .startNewLead()
            .fill("firstName", "Franz")
            .fill("lastName", "Huber" + tag)
            .fill("email", "franz.huber@alpenkonvert-" + tag.toLowerCase() + ".de")
            .fill("jobTitle", "Geschäftsführer")
            .fill("company", company)
            .fill("postalCode", "80331")
            .fill("city", "München");
    chooseFromMenu(page, "leadForm:companySize", "50", "50–249");
    LeadPage lead = leads.saveAndOpen();

    // demo scoring: title 30 + size 20 + Germany 10 + company address 10
    expect(lead.status()).hasText("MQL (Marketing-qualifiziert)");
    expect(page.locator("#leadScore")).containsText("70");
    expect(lead.scoreBreakdown()).containsText("Position enthält");
    expect(lead.scoreBreakdown()).containsText("+30");
    lead.tab("overview");
    screenshot(page, "lead-mql");

    page.locator("#leadPage\\:accept").click();
    expect(lead.status()).hasText("SQL (vom Vertrieb angenommen)");

    page.locator("#leadPage\\:startConversion").click();
    expect(page.locator("#leadPage\\:accountChoice")).containsText("Neues Unternehmen: " + company);
    expect(page.locator("#leadPage\\:contactChoice"))
        .containsText("Neuer Kontakt: Franz Huber" + tag);
    // the conversion opens an opportunity too
    page.locator("#leadPage\\:withOpportunity .ui-chkbox-box").click();
    expect(page.locator("#leadPage\\:opportunityName"))
        .hasValue("Anfrage Alpenkonvert " + tag + " GmbH");
    page.locator("#leadPage\\:opportunityName").fill("Lagerautomatisierung " + tag);
    page.locator("#leadPage\\:opportunityAmount_input").fill("40000");
    // leaving the field formats the amount (40.000,00) before the button is pressed
    page.locator("#leadPage\\:opportunityAmount_input").blur();
    screenshot(page, "lead-conversion");
    page.locator("#leadPage\\:convert").click();
    expect(lead.status()).hasText("Konvertiert");
    expect(page.locator("#startConversion")).hasCount(0);

    // the opportunity: first stage, the lead's source, then through the pipeline
    page.locator("#leadPage\\:convertedOpportunity").click();
    expect(page.locator("h1")).containsText("Lagerautomatisierung " + tag);
    RecordPage deal = new RecordPage(page);
    expect(page.locator("#opportunitySource")).containsText("Telefon");
    expect(page.locator("#weightedAmount")).containsText("4.000,00");
    deal.tab("history");
    expect(page.locator("#stageHistory tbody tr")).hasCount(1);
    // the lead's person decides: a buying role, the wrong person's removed again
    deal.tab("buying");
    page.locator("#buyingForm\\:assignRole").click();
    expect(page.locator("#buyingForm\\:personMessage")).containsText("Person der Firma");
    BrowserTest.chooseFromMenu(page, "buyingForm:person", "Franz", "Franz Huber" + tag);
    page.locator("#buyingForm\\:assignRole").click();
    expect(page.locator("#buyingForm\\:buyingContacts_data")).containsText("Franz Huber" + tag);
    expect(page.locator("#buyingForm\\:buyingContacts_data")).containsText("Entscheider");
    expect(page.locator("#buyingForm\\:buyingContacts_data")).containsText("Geschäftsführer");
    BrowserTest.chooseFromMenu(page, "buyingForm:person", "Franz", "Franz Huber" + tag);
    BrowserTest.chooseFromMenu(page, "buyingForm:role", "Für", "Fürsprecher");
    page.locator("#buyingForm\\:assignRole").click();
    expect(page.locator("#buyingForm\\:buyingContacts_data tr")).hasCount(1);
    expect(page.locator("#buyingForm\\:buyingContacts_data")).containsText("Fürsprecher");
    deal.edit();
    BrowserTest.chooseFromMenu(page, "opportunityForm:stage", "Ang", "Angebot (50 %)");
    page.locator("#opportunityForm\\:save").click();
    expect(page.locator("#weightedAmount")).containsText("20.000,00");
    deal = new RecordPage(page).tab("history");
    expect(page.locator("#stageHistory tbody tr")).hasCount(2);
    expect(page.locator("#stageHistory")).containsText("Qualifizierung");
    expect(page.locator("#stageHistory")).containsText("Sabine Sommer");

    // lost needs the reason
    deal.edit();
    BrowserTest.chooseFromMenu(page, "opportunityForm:stage", "Verl", "Verloren (0 %)");
    expect(page.locator("#opportunityForm\\:lostReason")).isVisible();
    page.locator("#opportunityForm\\:save").click();
    expect(page.locator("#opportunityForm\\:lostReasonMessage"))
        .containsText("warum die Verkaufschance verloren ging");
    page.locator("#opportunityForm\\:lostReason").fill("Budget gestrichen");
    page.locator("#opportunityForm\\:save").click();
    expect(page.locator("#opportunityOutcome")).hasText("Verloren");
    new RecordPage(page).tab("history");
    expect(page.locator("#stageHistory tbody tr")).hasCount(3);
    screenshot(page, "opportunity");

    page.locator("#nav-opportunities").click();
    chooseFromMenu(page, "listForm:open", "Alle", "Alle, auch abgeschlossene");
    page.locator("#listForm\\:filter").pressSequentially("Lagerautomatisierung " + tag);
    expect(page.locator("#listForm\\:opportunities_data tr")).hasCount(1);
    expect(page.locator("#listForm\\:opportunities_data tr").first()).containsText("Verloren");
    expect(page.locator("#listForm\\:opportunities_data tr").first())
        .containsText("Alpenkonvert " + tag);

    page.navigate(CRM + "leads/list.xhtml");
    new LeadsPage(page).search("Huber" + tag);
    new LeadsPage(page).openFirst();
    page.locator("#leadPage\\:convertedAccount").click();
    expect(page.locator("h1")).containsText("Alpenkonvert " + tag);
    expect(page.locator("body")).containsText("Aus Lead übernommen: Franz Huber" + tag);
    new RecordPage(page).tab("related");
    expect(page.locator("#accountOpportunities")).containsText("Lagerautomatisierung " + tag);
    expect(page.locator("#accountOpportunities")).containsText("Verloren");
  }

  @Test
  void theStartPageShowsHowFarThisYearsLeadsGotBySource() {
    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("marketing", "demo");
    expect(page.locator("#funnelHeading")).hasText("Lead-Trichter dieses Jahr");
    expect(page.locator("#leadFunnel")).containsText("Messe / Veranstaltung");
    expect(page.locator("#leadFunnel tbody tr").last()).containsText("Alle Herkünfte");
    expect(page.locator("#funnelChart canvas")).isVisible();
    screenshot(page, "lead-funnel");

    Page service = newPage("de-DE");
    LoginPage.open(service, CRM).logIn("service", "demo");
    expect(service.locator("#welcome")).isVisible();
    expect(service.locator("#funnelHeading")).hasCount(0);
  }
}
