package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.application.account.AccountForm;
import de.opencrm.application.account.AccountService;
import de.opencrm.application.forecast.Forecast;
import de.opencrm.application.forecast.ForecastLine;
import de.opencrm.application.forecast.ForecastService;
import de.opencrm.application.forecast.QuotaService;
import de.opencrm.application.opportunity.OpportunityForm;
import de.opencrm.application.opportunity.OpportunityService;
import de.opencrm.application.opportunity.StageOption;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.forecast.ForecastFigures;
import de.opencrm.domain.forecast.ForecastPeriod;
import de.opencrm.domain.forecast.YearToDate;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The forecast on PostgreSQL: a salesperson's won, committed, best-case and pipeline amounts of the
 * quarter, weighted, against the quota the manager set; the team adds up its people; year to date
 * grows by what was won; quotas only by the team's manager or an administrator.
 */
@ExtendWith(ArquillianExtension.class)
class ForecastIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(ForecastIT.class);
  }

  @Inject ForecastService forecasts;
  @Inject QuotaService quotas;
  @Inject OpportunityService opportunities;
  @Inject AccountService accounts;

  private static ForecastFigures line(List<ForecastLine> lines, String name) {
    return lines.stream()
        .filter(l -> l.name().equals(name))
        .map(ForecastLine::figures)
        .findFirst()
        .orElse(ForecastFigures.NONE);
  }

  @Test
  void aQuartersForecastAddsUpByCategoryAgainstTheQuota() throws Exception {
    As sales = As.user("sales", "demo");
    As manager = As.user("manager", "demo");
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
    ForecastPeriod quarter = ForecastPeriod.quarterOf(today);
    ForecastFigures before =
        line(sales.call(() -> forecasts.forecast(quarter, null)).people(), "Stefan Schmitt");
    YearToDate ytdBefore = sales.call(() -> forecasts.yearToDate());

    String tag = TestData.letterTag();
    AccountForm account = new AccountForm();
    account.setName("Prognose " + tag + " GmbH");
    long accountId = sales.call(() -> accounts.createAccount(account));
    List<StageOption> stages = sales.call(() -> opportunities.stagesOf(null));
    // Verhandlung (commit, 80 %), Angebot (best case, 50 %), Qualifizierung (pipeline, 10 %),
    // then one won and one lost
    String[][] deals = {{"10000", "3"}, {"4000", "2"}, {"2000", "0"}, {"5000", "4"}, {"3000", "5"}};
    for (String[] deal : deals) {
      OpportunityForm form = new OpportunityForm();
      form.setName("Prognose " + tag + " " + deal[0]);
      form.setAccountId(accountId);
      form.setAmount(new BigDecimal(deal[0]));
      form.setExpectedClose(today);
      int stage = Integer.parseInt(deal[1]);
      form.setStageId(stages.get(stage).id());
      form.setLostReason(stage == 5 ? "Zu spät" : null);
      sales.call(() -> opportunities.saveOpportunity(form));
    }

    ForecastFigures after =
        line(sales.call(() -> forecasts.forecast(quarter, null)).people(), "Stefan Schmitt");
    assertThat(after.closedWon().subtract(before.closedWon())).isEqualByComparingTo("5000");
    assertThat(after.commit().subtract(before.commit())).isEqualByComparingTo("10000");
    assertThat(after.bestCase().subtract(before.bestCase())).isEqualByComparingTo("4000");
    assertThat(after.pipeline().subtract(before.pipeline())).isEqualByComparingTo("2000");
    assertThat(after.weighted().subtract(before.weighted()))
        .as("8,000 + 2,000 + 200")
        .isEqualByComparingTo("10200");

    // the manager sets the year's quotas: 10,000 a month, the quarter 30,000
    long salesId =
        sales.call(() -> opportunities.owners()).stream()
            .filter(u -> u.username().equals("sales"))
            .findFirst()
            .orElseThrow()
            .id();
    manager.run(
        () ->
            quotas.setQuotas(
                salesId, today.getYear(), Collections.nCopies(12, new BigDecimal("10000"))));
    assertThat(manager.call(() -> quotas.quotasOf(salesId, today.getYear())))
        .hasSize(12)
        .allSatisfy(q -> assertThat(q).isEqualByComparingTo("10000"));
    Forecast teams = manager.call(() -> forecasts.forecast(quarter, null));
    ForecastFigures measured = line(teams.people(), "Stefan Schmitt");
    assertThat(measured.quota()).isEqualByComparingTo("30000");
    assertThat(measured.attainment())
        .isEqualTo(
            measured
                .closedWon()
                .multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal("30000"), 0, java.math.RoundingMode.HALF_UP)
                .intValue());
    assertThat(line(teams.teams(), "Vertrieb Nord").commit())
        .as("the team adds up its people")
        .isGreaterThanOrEqualTo(measured.commit());

    YearToDate ytdAfter = sales.call(() -> forecasts.yearToDate());
    assertThat(ytdAfter.thisYear().subtract(ytdBefore.thisYear())).isEqualByComparingTo("5000");
    assertThat(ytdAfter.monthsThisYear()).hasSize(12);
    assertThat(ytdAfter.monthsThisYear().get(today.getMonthValue() - 1))
        .isGreaterThanOrEqualTo(new BigDecimal("5000"));

    long otherTeam =
        sales.call(() -> opportunities.owners()).stream()
            .filter(u -> u.username().equals("sales2"))
            .findFirst()
            .orElseThrow()
            .id();
    assertThatThrownBy(
            () ->
                manager.run(
                    () ->
                        quotas.setQuotas(
                            otherTeam, today.getYear(), Collections.nCopies(12, BigDecimal.ONE))))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.getMessageKey()).isEqualTo("quota.notYourTeam"));
    assertThat(manager.call(() -> quotas.quotaHolders()))
        .extracting(u -> u.username())
        .contains("sales", "manager")
        .doesNotContain("sales2");
    assertThatThrownBy(
            () ->
                sales.run(
                    () ->
                        quotas.setQuotas(
                            salesId, today.getYear(), Collections.nCopies(12, BigDecimal.ONE))))
        .isInstanceOf(EJBAccessException.class);
  }
}
