package de.opencrm.application.opportunity;

import de.opencrm.application.common.CompanyTime;
import de.opencrm.application.common.Stamp;
import de.opencrm.domain.account.AccountRepository;
import de.opencrm.domain.admin.RecordScope;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.opportunity.Opportunity;
import de.opencrm.domain.opportunity.OpportunityRepository;
import de.opencrm.domain.opportunity.Stage;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
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

  @Inject OpportunityRepository opportunities;
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
    LOG.info("Demo mode: " + made + " demo opportunities created.");
  }
}
