package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.application.account.AccountForm;
import de.opencrm.application.account.AccountService;
import de.opencrm.application.opportunity.OpportunityForm;
import de.opencrm.application.opportunity.OpportunityService;
import de.opencrm.application.opportunity.PipelineAdministrationService;
import de.opencrm.application.opportunity.PipelineRow;
import de.opencrm.application.opportunity.StageForm;
import de.opencrm.application.opportunity.StageRow;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.opportunity.ForecastCategory;
import de.opencrm.domain.opportunity.StageOutcome;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stage configuration on PostgreSQL: a new pipeline starts with the default stages, the
 * administrator adds, reorders, changes and removes stages; a pipeline that could not be worked
 * with, and removing a stage an opportunity was in, are refused; sales only read the result.
 */
@ExtendWith(ArquillianExtension.class)
class PipelineAdministrationIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(PipelineAdministrationIT.class);
  }

  @Inject PipelineAdministrationService administration;
  @Inject OpportunityService opportunities;
  @Inject AccountService accounts;

  private static String key(Exception e) {
    return ((BusinessException) e).getMessageKey();
  }

  @Test
  void theAdministratorShapesARenewalPipeline() throws Exception {
    As admin = As.user("admin", "demo");
    String tag = TestData.letterTag();
    long pipeline = admin.call(() -> administration.createPipeline("Verlängerung " + tag, null));
    List<StageRow> copied = admin.call(() -> administration.listStages(pipeline));
    assertThat(copied)
        .extracting(r -> r.stage().nameDe())
        .containsExactly(
            "Qualifizierung", "Bedarfsanalyse", "Angebot", "Verhandlung", "Gewonnen", "Verloren");
    assertThatThrownBy(
            () -> admin.call(() -> administration.createPipeline("verlängerung " + tag, "x")))
        .satisfies(e -> assertThat(key((Exception) e)).isEqualTo("pipeline.nameTaken"));

    StageForm review = new StageForm();
    review.setPipelineId(pipeline);
    review.setNameDe("Vertragsprüfung");
    review.setNameEn("Contract review");
    review.setProbability(90);
    review.setForecastCategory(ForecastCategory.COMMIT);
    long reviewId = admin.call(() -> administration.saveStage(review));
    admin.run(() -> administration.moveStage(reviewId, -1));
    admin.run(() -> administration.moveStage(reviewId, -1));
    List<StageRow> ordered = admin.call(() -> administration.listStages(pipeline));
    assertThat(ordered)
        .extracting(r -> r.stage().nameDe())
        .containsExactly(
            "Qualifizierung",
            "Bedarfsanalyse",
            "Angebot",
            "Verhandlung",
            "Vertragsprüfung",
            "Gewonnen",
            "Verloren");

    StageRow won = ordered.get(5);
    StageForm wonAsOpen = new StageForm();
    wonAsOpen.setId(won.stage().id());
    wonAsOpen.setVersion(won.version());
    wonAsOpen.setPipelineId(pipeline);
    wonAsOpen.setNameDe("Gewonnen");
    wonAsOpen.setProbability(100);
    wonAsOpen.setForecastCategory(ForecastCategory.CLOSED);
    wonAsOpen.setOutcome(StageOutcome.OPEN);
    assertThatThrownBy(() -> admin.call(() -> administration.saveStage(wonAsOpen)))
        .satisfies(e -> assertThat(key((Exception) e)).isEqualTo("pipeline.needsWonStage"));
    StageRow lost = ordered.get(6);
    assertThatThrownBy(() -> admin.run(() -> administration.deleteStage(lost.stage().id())))
        .satisfies(e -> assertThat(key((Exception) e)).isEqualTo("pipeline.needsLostStage"));

    // an opportunity in the new pipeline: its stage stays
    AccountForm account = new AccountForm();
    account.setName("Verlängerung " + tag + " GmbH");
    long accountId = As.user("sales", "demo").call(() -> accounts.createAccount(account));
    OpportunityForm renewal = new OpportunityForm();
    renewal.setName("Wartung 2027 " + tag);
    renewal.setAccountId(accountId);
    renewal.setAmount(new BigDecimal("12000"));
    renewal.setExpectedClose(LocalDate.of(2027, 1, 31));
    renewal.setPipelineId(pipeline);
    renewal.setStageId(ordered.get(0).stage().id());
    As.user("sales", "demo").call(() -> opportunities.saveOpportunity(renewal));
    assertThatThrownBy(
            () -> admin.run(() -> administration.deleteStage(ordered.get(0).stage().id())))
        .satisfies(e -> assertThat(key((Exception) e)).isEqualTo("stage.inUse"));
    assertThat(admin.call(() -> administration.listStages(pipeline)).get(0).opportunities())
        .isEqualTo(1);

    admin.run(() -> administration.deleteStage(ordered.get(1).stage().id()));
    assertThat(admin.call(() -> administration.listStages(pipeline)))
        .extracting(r -> r.stage().nameDe())
        .doesNotContain("Bedarfsanalyse")
        .hasSize(6);
    assertThat(admin.call(() -> administration.listStages(pipeline)))
        .extracting(r -> r.stage().nameDe())
        .as("positions closed up")
        .startsWith("Qualifizierung", "Angebot");

    PipelineRow created =
        admin.call(() -> administration.listPipelines()).stream()
            .filter(p -> p.id() == pipeline)
            .findFirst()
            .orElseThrow();
    admin.run(
        () ->
            administration.savePipeline(
                pipeline, created.version(), created.nameDe(), "Renewal " + tag, false));
    assertThat(As.user("sales", "demo").call(() -> opportunities.pipelines()))
        .as("inactive pipelines are not offered")
        .noneMatch(p -> p.id() == pipeline);

    assertThatThrownBy(
            () ->
                As.user("sales", "demo")
                    .call(() -> administration.createPipeline("X " + tag, null)))
        .isInstanceOf(EJBAccessException.class);
  }
}
