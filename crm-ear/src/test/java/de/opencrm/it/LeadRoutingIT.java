package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.application.lead.LeadCreated;
import de.opencrm.application.lead.LeadDetail;
import de.opencrm.application.lead.LeadForm;
import de.opencrm.application.lead.LeadService;
import de.opencrm.application.lead.routing.LeadRoutingService;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.lead.LeadSource;
import de.opencrm.domain.lead.LeadStatus;
import de.opencrm.domain.lead.StatusReason;
import de.opencrm.domain.lead.routing.CandidateVerdict;
import de.opencrm.domain.lead.routing.LeadFacts;
import de.opencrm.domain.lead.routing.RoutingDecision;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lead routing on PostgreSQL with the demo rules (north of Germany to the team Vertrieb Nord in
 * turn, south to Vertrieb Süd, Austria and Switzerland to Sabine Sommer, the rest to the sales
 * manager): turns are kept across transactions, absences and capacity are read from the database,
 * and every decision is on the lead.
 */
@ExtendWith(ArquillianExtension.class)
class LeadRoutingIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(LeadRoutingIT.class);
  }

  @Inject LeadService leads;
  @Inject LeadRoutingService routing;

  @Resource(lookup = "java:jboss/datasources/CrmDS")
  DataSource dataSource;

  private long lead(String postalCode, String country) throws Exception {
    LeadForm form = new LeadForm();
    form.setLastName("Route " + TestData.letterTag());
    form.setCompany("Routing Test GmbH");
    form.setPostalCode(postalCode);
    form.setCountry(country);
    form.setSource(LeadSource.EVENT);
    return As.user("marketing", "demo").call(() -> leads.createLead(form)).id();
  }

  private LeadDetail detail(long id) throws Exception {
    return As.user("admin", "demo").call(() -> leads.loadLead(id));
  }

  private long userId(String username) throws Exception {
    return Rows.count(
        dataSource, "SELECT id FROM crm_user WHERE username = '" + username + "' AND id > ?", 0);
  }

  @Test
  void aTeamRuleGivesLeadsInTurnAndPassesOverWhoIsAbsentOrAtCapacity() throws Exception {
    List<String> owners = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      LeadDetail routed = detail(lead("2045" + i, "DE"));
      assertThat(routed.routingRule()).isEqualTo("Norddeutschland (PLZ 0–4)");
      assertThat(routed.lead().getStatus()).isEqualTo(LeadStatus.ASSIGNED);
      owners.add(routed.ownerName());
    }
    assertThat(owners).containsOnly("Stefan Schmitt", "Markus Meier");
    for (int i = 1; i < owners.size(); i++) {
      assertThat(owners.get(i)).as("in turn").isNotEqualTo(owners.get(i - 1));
    }

    long manager = userId("manager");
    long sales = userId("sales");
    Rows.update(
        dataSource,
        "INSERT INTO crm_user_absence (id, user_id, first_day, last_day, note, version, created_at,"
            + " created_by, modified_at, modified_by) VALUES (900001, ?, CURRENT_DATE - 1,"
            + " CURRENT_DATE + 1, 'Urlaub', 0, CURRENT_TIMESTAMP, 'it', CURRENT_TIMESTAMP, 'it')",
        manager);
    try {
      for (int i = 0; i < 2; i++) {
        LeadDetail routed = detail(lead("2110" + i, "DE"));
        assertThat(routed.ownerName()).isEqualTo("Stefan Schmitt");
        assertThat(routed.routing().verdicts())
            .extracting(CandidateVerdict::displayName, CandidateVerdict::outcome)
            .contains(
                org.assertj.core.groups.Tuple.tuple(
                    "Markus Meier", CandidateVerdict.Outcome.ABSENT),
                org.assertj.core.groups.Tuple.tuple(
                    "Stefan Schmitt", CandidateVerdict.Outcome.CHOSEN));
      }

      // Stefan at his capacity, Markus away: nobody in the north, and the default owner is Markus
      Rows.update(
          dataSource,
          "UPDATE crm_user SET lead_capacity = (SELECT COUNT(*) FROM crm_lead WHERE owner_id = ?"
              + " AND status IN ('NEW', 'ASSIGNED', 'WORKING', 'MQL', 'SQL')) WHERE username = 'sales'",
          sales);
      LeadDetail waiting = detail(lead("22081", "DE"));
      assertThat(waiting.ownerName()).isNull();
      assertThat(waiting.lead().getStatus()).isEqualTo(LeadStatus.NEW);
      assertThat(waiting.routing().matchedWithoutCandidate())
          .containsExactly("Norddeutschland (PLZ 0–4)");
      assertThat(waiting.routing().byDefault()).isTrue();
      assertThat(waiting.routing().verdicts())
          .extracting(CandidateVerdict::outcome)
          .containsExactly(CandidateVerdict.Outcome.ABSENT);
    } finally {
      Rows.update(dataSource, "DELETE FROM crm_user_absence WHERE user_id = ?", manager);
      Rows.update(dataSource, "UPDATE crm_user SET lead_capacity = NULL WHERE id = ?", sales);
    }
  }

  @Test
  void leadsNoRegionTakesGoToTheDefaultOwnerAndForeignRegionsByCountry() throws Exception {
    assertThat(detail(lead("1012 LG", "NL")).ownerName()).isEqualTo("Markus Meier");
    LeadDetail vienna = detail(lead("1070", "AT"));
    assertThat(vienna.ownerName()).isEqualTo("Sabine Sommer");
    assertThat(vienna.routingRule()).isEqualTo("Österreich und Schweiz");
  }

  @Test
  void theAdministratorSimulatesWithoutGivingAnythingAway() throws Exception {
    LeadFacts sample = new LeadFacts("CH", "8001", null, null, LeadSource.WEB_FORM, "de", 0);
    RoutingDecision decision = As.user("admin", "demo").call(() -> routing.simulate(sample));
    assertThat(decision.ruleName()).isEqualTo("Österreich und Schweiz");
    assertThat(decision.owner().username()).isEqualTo("sales2");
    assertThatThrownBy(() -> As.user("sales", "demo").call(() -> routing.simulate(sample)))
        .isInstanceOf(EJBAccessException.class);
  }

  @Test
  void salesSeeTheirTeamsLeadsOnlyAndConcurrentChangesAreRefused() throws Exception {
    LeadForm form = new LeadForm();
    form.setLastName("Sued " + TestData.letterTag());
    form.setPostalCode("80331");
    LeadCreated created = As.user("sales", "demo").call(() -> leads.createLead(form));
    assertThat(created.ownerName()).isEqualTo("Sabine Sommer");
    assertThat(created.visibleToCaller())
        .as("Vertrieb Süd's lead, Stefan is in Vertrieb Nord")
        .isFalse();
    long south = created.id();
    assertThatThrownBy(() -> As.user("sales", "demo").call(() -> leads.loadLead(south)))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("lead.notFound");

    LeadDetail asSabine = As.user("sales2", "demo").call(() -> leads.loadLead(south));
    assertThat(asSabine.editable()).isTrue();
    assertThat(asSabine.mine()).isTrue();
    long version = asSabine.lead().getVersion();
    assertThatThrownBy(
            () ->
                As.user("sales2", "demo")
                    .call(
                        () -> {
                          leads.changeStatus(south, version, LeadStatus.DISQUALIFIED, null, null);
                          return null;
                        }))
        .as("disqualifying needs a reason")
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("lead.reasonRequired");
    As.user("sales2", "demo")
        .call(
            () -> {
              leads.changeStatus(
                  south, version, LeadStatus.DISQUALIFIED, StatusReason.NO_NEED, "kein Projekt");
              return null;
            });
    assertThat(detail(south).lead().getStatus()).isEqualTo(LeadStatus.DISQUALIFIED);
    assertThatThrownBy(
            () ->
                As.user("marketing", "demo")
                    .call(
                        () -> {
                          leads.changeStatus(south, version, LeadStatus.WORKING, null, null);
                          return null;
                        }))
        .as("a change on an older version is refused")
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("error.concurrentEdit");
  }
}
