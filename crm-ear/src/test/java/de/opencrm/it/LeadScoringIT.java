package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.application.lead.LeadDetail;
import de.opencrm.application.lead.LeadForm;
import de.opencrm.application.lead.LeadService;
import de.opencrm.application.lead.scoring.LeadScoringService;
import de.opencrm.application.lead.scoring.ScoringRuleForm;
import de.opencrm.application.lead.scoring.ScoringRuleRow;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.lead.LeadSource;
import de.opencrm.domain.lead.LeadStatus;
import de.opencrm.domain.lead.StatusReason;
import de.opencrm.domain.lead.scoring.ScoreCriterion;
import de.opencrm.domain.lead.scoring.ScoreHit;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lead scoring on PostgreSQL: a rule the administrator saves scores the next lead, which becomes
 * MQL at the threshold; sales accept it or send it back with a reason; the open leads are scored
 * again on demand; wrong values and other roles are refused.
 */
@ExtendWith(ArquillianExtension.class)
class LeadScoringIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(LeadScoringIT.class);
  }

  @Inject LeadService leads;
  @Inject LeadScoringService scoring;

  private long lead(String jobTitle, String industry) throws Exception {
    LeadForm form = new LeadForm();
    form.setLastName("Score " + TestData.letterTag());
    form.setJobTitle(jobTitle);
    form.setIndustry(industry);
    form.setCompany("Bewertung Test GmbH");
    form.setPostalCode("20457");
    form.setCountry("DE");
    form.setSource(LeadSource.PHONE);
    return As.user("marketing", "demo").call(() -> leads.createLead(form)).id();
  }

  private LeadDetail detail(long id) throws Exception {
    return As.user("admin", "demo").call(() -> leads.loadLead(id));
  }

  private long rule(ScoreCriterion criterion, String values, int points) throws Exception {
    ScoringRuleForm form = new ScoringRuleForm();
    form.setCriterion(criterion);
    form.setValues(values);
    form.setPoints(points);
    return As.user("admin", "demo").call(() -> scoring.saveRule(form));
  }

  private void delete(long id) throws Exception {
    As admin = As.user("admin", "demo");
    ScoringRuleRow row =
        admin.call(
            () -> scoring.listRules().stream().filter(r -> r.id() == id).findFirst().orElseThrow());
    admin.run(() -> scoring.deleteRule(id, row.version()));
  }

  @Test
  void aSavedRuleScoresTheNextLeadIntoMqlAndSalesAcceptOrRejectIt() throws Exception {
    String keyword = "Bewerter" + TestData.letterTag();
    long rule = rule(ScoreCriterion.JOB_TITLE, keyword, 80);
    try {
      LeadDetail scored = detail(lead("Leitender " + keyword, null));
      assertThat(scored.lead().getScore()).isGreaterThanOrEqualTo(80);
      assertThat(scored.lead().getStatus()).isEqualTo(LeadStatus.MQL);
      assertThat(scored.lead().getQualifiedAt()).isNotNull();
      assertThat(scored.lead().scoreCard().hits())
          .extracting(ScoreHit::criterion, ScoreHit::values, ScoreHit::points)
          .contains(org.assertj.core.groups.Tuple.tuple(ScoreCriterion.JOB_TITLE, keyword, 80));
      assertThat(scored.ownerName()).as("routed as well").isNotNull();

      long id = scored.lead().getId();
      As admin = As.user("admin", "demo");
      admin.run(
          () -> leads.changeStatus(id, scored.lead().getVersion(), LeadStatus.SQL, null, null));
      assertThat(detail(id).lead().getStatus()).isEqualTo(LeadStatus.SQL);

      LeadDetail other = detail(lead(keyword, null));
      assertThatThrownBy(
              () ->
                  admin.run(
                      () ->
                          leads.changeStatus(
                              other.lead().getId(),
                              other.lead().getVersion(),
                              LeadStatus.RECYCLED,
                              null,
                              "kein Bedarf")))
          .isInstanceOfSatisfying(
              BusinessException.class, e -> assertThat(e.getField()).isEqualTo("statusReason"));
      admin.run(
          () ->
              leads.changeStatus(
                  other.lead().getId(),
                  other.lead().getVersion(),
                  LeadStatus.RECYCLED,
                  StatusReason.NO_BUDGET,
                  "erst 2027"));
      LeadDetail rejected = detail(other.lead().getId());
      assertThat(rejected.lead().getStatus()).isEqualTo(LeadStatus.RECYCLED);
      assertThat(rejected.lead().getStatusReason()).isEqualTo(StatusReason.NO_BUDGET);
    } finally {
      delete(rule);
    }
  }

  @Test
  void aThresholdOfZeroQualifiesNobodyAndOpenLeadsAreScoredAgainOnDemand() throws Exception {
    As admin = As.user("admin", "demo");
    int before = admin.call(() -> scoring.threshold());
    String industry = "Branche " + TestData.letterTag();
    long early = lead(null, industry);
    int scoreBefore = detail(early).lead().getScore();
    admin.run(() -> scoring.setThreshold(0));
    long rule = rule(ScoreCriterion.INDUSTRY, industry, 95);
    try {
      LeadDetail late = detail(lead(null, industry));
      assertThat(late.lead().getScore()).isGreaterThanOrEqualTo(95);
      assertThat(late.lead().getStatus()).as("MQL switched off").isNotEqualTo(LeadStatus.MQL);
      assertThat(detail(early).lead().getScore()).isEqualTo(scoreBefore);

      int changed = admin.call(() -> scoring.rescoreOpenLeads());

      assertThat(changed).isGreaterThanOrEqualTo(1);
      assertThat(detail(early).lead().getScore()).isEqualTo(Math.min(100, scoreBefore + 95));
    } finally {
      admin.run(() -> scoring.setThreshold(before));
      delete(rule);
    }
  }

  @Test
  void wrongValuesAreNamedAndOnlyAdministratorsConfigureScoring() throws Exception {
    assertThatThrownBy(() -> rule(ScoreCriterion.COUNTRY, "DE, Deutschland", 10))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.getField()).isEqualTo("values");
              assertThat(e.getArguments()).containsExactly("Deutschland");
            });
    ScoringRuleForm form = new ScoringRuleForm();
    form.setCriterion(ScoreCriterion.CORPORATE_EMAIL);
    assertThatThrownBy(() -> As.user("marketing", "demo").call(() -> scoring.saveRule(form)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> As.user("sales", "demo").call(() -> scoring.rescoreOpenLeads()))
        .isInstanceOf(EJBAccessException.class);
  }
}
