package de.opencrm.application.opportunity;

import de.opencrm.application.common.CompanyTime;
import de.opencrm.application.common.Stamp;
import de.opencrm.domain.account.AccountRepository;
import de.opencrm.domain.admin.RecordScope;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.forecast.ForecastRepository;
import de.opencrm.domain.forecast.Quota;
import de.opencrm.domain.opportunity.Opportunity;
import de.opencrm.domain.opportunity.OpportunityRepository;
import de.opencrm.domain.opportunity.Stage;
import de.opencrm.domain.opportunity.StageOutcome;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode only, and only into a database without opportunities: a few opportunities on the
 * demo companies, spread over the default pipeline's stages (one won), so the list has something to
 * show.
 */
@Singleton
@Startup
@DependsOn("DemoAccounts")
public class DemoOpportunities {

  private static final Logger LOG = Logger.getLogger(DemoOpportunities.class.getName());

  private record Demo(
      String debtor,
      String name,
      String amount,
      String currency,
      String rate,
      int stage,
      int closeInDays) {}

  /** Stages by their position in the default pipeline: 1 Qualifizierung … 5 Gewonnen. */
  private static final List<Demo> DEMO =
      List.of(
          new Demo("D-10001", "Tourenplanung Lager Köln", "48000", "EUR", null, 3, 30),
          new Demo("D-10002", "Wartungsvertrag Fertigung", "18500", "EUR", null, 2, 60),
          new Demo("D-10003", "Kühlkettenüberwachung", "72000", "EUR", null, 4, 14),
          new Demo("D-10004", "Kassensystem für die Filialen", "9900", "EUR", null, 5, -10),
          new Demo("C-30001", "Messdatenerfassung", "35000", "CHF", "1.06", 1, 90));

  /**
   * Deals won some days ago: last year's and this year's, so year to date has something to compare.
   */
  private record Won(String debtor, String name, String amount, int daysAgo) {}

  private static final List<Won> WON =
      List.of(
          new Won("D-10001", "Lagerlogistik Rahmenvertrag", "36000", 420),
          new Won("D-10002", "Ersatzteilservice", "14500", 380),
          new Won("D-10003", "Temperaturlogger Flotte", "22000", 200),
          new Won("D-10001", "Schulung Disposition", "6800", 90));

  /** A month's quota of the demo salespeople, in euros. */
  private static final BigDecimal DEMO_QUOTA = new BigDecimal("20000");

  @Inject OpportunityRepository opportunities;
  @Inject ForecastRepository forecasts;
  @Inject UserRepository users;
  @Inject AccountRepository accounts;
  @Inject CompanyTime time;

  @Inject
  @ConfigProperty(name = "crm.demo", defaultValue = "false")
  boolean demo;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void createDemoOpportunities() {
    if (!demo || opportunities.list(PageRequest.of(0, 1), RecordScope.ALL).total() > 0) {
      return;
    }
    Stamp stamp = Stamp.system();
    List<Stage> stages = opportunities.stagesOf(opportunities.defaultPipeline().getId());
    int made = 0;
    for (Demo d : DEMO) {
      var account = accounts.findByErpDebtorNumber(d.debtor());
      if (account.isEmpty()) {
        continue;
      }
      Opportunity opportunity =
          new Opportunity(
              d.name(),
              account.get(),
              stages.get(0),
              new BigDecimal(d.amount()),
              time.today().plusDays(d.closeInDays()),
              account.get().getOwner(),
              stamp.at().minus(20, ChronoUnit.DAYS),
              stamp.user());
      opportunity.value(
          new BigDecimal(d.amount()),
          d.currency(),
          d.rate() == null ? null : new BigDecimal(d.rate()));
      if (d.stage() > 1) {
        opportunity.moveTo(
            stages.get(d.stage() - 1),
            null,
            stamp.at().minus(20 - 3L * d.stage(), ChronoUnit.DAYS),
            stamp.user());
      }
      opportunity.recordCreation(stamp.user(), stamp.at());
      opportunities.add(opportunity);
      made++;
    }
    Stage won =
        stages.stream().filter(st -> st.getOutcome() == StageOutcome.WON).findFirst().orElseThrow();
    for (Won w : WON) {
      var account = accounts.findByErpDebtorNumber(w.debtor());
      if (account.isEmpty()) {
        continue;
      }
      Instant wonAt = stamp.at().minus(w.daysAgo(), ChronoUnit.DAYS);
      Opportunity opportunity =
          new Opportunity(
              w.name(),
              account.get(),
              stages.get(0),
              new BigDecimal(w.amount()),
              time.today().minusDays(w.daysAgo()),
              account.get().getOwner(),
              wonAt.minus(30, ChronoUnit.DAYS),
              stamp.user());
      opportunity.moveTo(won, null, wonAt, stamp.user());
      opportunity.recordCreation(stamp.user(), stamp.at());
      opportunities.add(opportunity);
      made++;
    }
    int year = time.today().getYear();
    for (String username : List.of("sales", "sales2", "manager")) {
      users
          .findByUsername(username)
          .ifPresent(
              user -> {
                for (int m = 1; m <= 12; m++) {
                  Quota quota = new Quota(user, YearMonth.of(year, m), DEMO_QUOTA);
                  quota.recordCreation(stamp.user(), stamp.at());
                  forecasts.add(quota);
                }
              });
    }
    LOG.info("Demo mode: " + made + " demo opportunities and this year's quotas created.");
  }
}
