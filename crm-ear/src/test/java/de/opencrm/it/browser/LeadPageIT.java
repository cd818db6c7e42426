package de.opencrm.it.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.TestData;
import de.opencrm.it.browser.page.LeadPage;
import de.opencrm.it.browser.page.LeadsPage;
import de.opencrm.it.browser.page.LoginPage;
import de.opencrm.it.browser.page.OpportunityPage;
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
    expect(lead.score()).containsText("70");
    expect(lead.scoreBreakdown()).containsText("Position enthält");
    expect(lead.scoreBreakdown()).containsText("+30");
    lead.tab("overview");
    screenshot(page, "lead-mql");

    lead.accept();
    expect(lead.status()).hasText("SQL (vom Vertrieb angenommen)");

    lead.startConversion();
    expect(lead.proposedCompany()).containsText("Neues Unternehmen: " + company);
    expect(lead.proposedPerson()).containsText("Neuer Kontakt: Franz Huber" + tag);
    // the conversion opens an opportunity too
    lead.withOpportunity();
    expect(lead.opportunityName()).hasValue("Anfrage Alpenkonvert " + tag + " GmbH");
    lead.describeOpportunity("Lagerautomatisierung " + tag, "40000");
    screenshot(page, "lead-conversion");
    lead.convert();
    expect(lead.status()).hasText("Konvertiert");
    expect(lead.conversionStart()).hasCount(0);

    // the opportunity: first stage, the lead's source, then through the pipeline
    OpportunityPage deal = lead.openConvertedOpportunity();
    expect(deal.heading()).containsText("Lagerautomatisierung " + tag);
    expect(deal.source()).containsText("Telefon");
    expect(deal.weightedAmount()).containsText("4.000,00");
    expect(deal.stageHistory()).hasCount(1);
    // the lead's person decides: a buying role, the wrong person's removed again
    deal.assignBuyingRole(null, null, null);
    expect(deal.buyingRoleMessage()).containsText("Person der Firma");
    deal.assignBuyingRole("Franz", "Franz Huber" + tag, null);
    expect(deal.buyingCentre().first()).containsText("Franz Huber" + tag);
    expect(deal.buyingCentre().first()).containsText("Entscheider");
    expect(deal.buyingCentre().first()).containsText("Geschäftsführer");
    deal.assignBuyingRole("Franz", "Franz Huber" + tag, "Fürsprecher");
    expect(deal.buyingCentre()).hasCount(1);
    expect(deal.buyingCentre().first()).containsText("Fürsprecher");
    deal.chooseStage("Ang", "Angebot (50 %)").save();
    expect(deal.weightedAmount()).containsText("20.000,00");
    expect(deal.stageHistory()).hasCount(2);
    expect(page.locator("#stageHistory")).containsText("Qualifizierung");
    expect(page.locator("#stageHistory")).containsText("Sabine Sommer");

    // lost needs the reason
    deal.chooseStage("Verl", "Verloren (0 %)");
    expect(deal.lostReason()).isVisible();
    deal.save();
    expect(deal.lostReasonMessage()).containsText("warum die Verkaufschance verloren ging");
    deal.giveLostReason("Budget gestrichen").save();
    expect(deal.outcome()).hasText("Verloren");
    expect(deal.stageHistory()).hasCount(3);
    screenshot(page, "opportunity");

    page.locator("#nav-opportunities").click();
    chooseFromMenu(page, "listForm:open", "Alle", "Alle, auch abgeschlossene");
    page.locator("#listForm\\:filter").pressSequentially("Lagerautomatisierung " + tag);
    Locator found = page.locator("#listForm\\:opportunities_data tr");
    expect(found).hasCount(1);
    expect(found.first()).containsText("Verloren");
    expect(found.first()).containsText("Alpenkonvert " + tag);

    page.navigate(CRM + "leads/list.xhtml");
    new LeadsPage(page).search("Huber" + tag);
    new LeadsPage(page).openFirst();
    RecordPage customer = new LeadPage(page).openConvertedCompany();
    expect(page.locator("h1")).containsText("Alpenkonvert " + tag);
    expect(page.locator("body")).containsText("Aus Lead übernommen: Franz Huber" + tag);
    customer.tab("related");
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
