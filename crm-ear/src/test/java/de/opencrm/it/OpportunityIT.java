package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.application.account.AccountForm;
import de.opencrm.application.account.AccountService;
import de.opencrm.application.contact.ContactForm;
import de.opencrm.application.contact.ContactService;
import de.opencrm.application.opportunity.BoardColumn;
import de.opencrm.application.opportunity.BuyingContact;
import de.opencrm.application.opportunity.ContactChoice;
import de.opencrm.application.opportunity.OpportunityDetail;
import de.opencrm.application.opportunity.OpportunityForm;
import de.opencrm.application.opportunity.OpportunityService;
import de.opencrm.application.opportunity.StageOption;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.opportunity.BuyingRole;
import de.opencrm.domain.opportunity.ForecastCategory;
import de.opencrm.domain.opportunity.OpportunityRow;
import de.opencrm.domain.opportunity.StageOutcome;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Opportunities on PostgreSQL: the default pipeline's stages, an opportunity created on an account
 * with the first stage's probability, moved through stages with each change recorded, lost only
 * with a reason, a stale version refused, and only sales, managers and administrators at them.
 */
@ExtendWith(ArquillianExtension.class)
class OpportunityIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(OpportunityIT.class);
  }

  @Inject OpportunityService opportunities;
  @Inject AccountService accounts;
  @Inject ContactService contacts;

  @Test
  void anOpportunityGoesThroughTheStagesWithItsHistoryAndIsLostOnlyWithAReason() throws Exception {
    As sales = As.user("sales", "demo");
    String tag = TestData.letterTag();
    List<StageOption> stages = sales.call(() -> opportunities.stagesOf(null));
    assertThat(stages)
        .extracting(StageOption::nameDe)
        .containsExactly(
            "Qualifizierung", "Bedarfsanalyse", "Angebot", "Verhandlung", "Gewonnen", "Verloren");
    assertThat(stages).extracting(StageOption::probability).containsExactly(10, 20, 50, 80, 100, 0);

    AccountForm account = new AccountForm();
    account.setName("Pipeline " + tag + " GmbH");
    long accountId = sales.call(() -> accounts.createAccount(account));
    OpportunityForm form = new OpportunityForm();
    form.setName("Flottenmanagement " + tag);
    form.setAccountId(accountId);
    form.setAmount(new BigDecimal("12500.50"));
    form.setExpectedClose(LocalDate.of(2027, 2, 28));
    long id = sales.call(() -> opportunities.saveOpportunity(form));

    List<OpportunityRow> listed =
        sales.call(
            () ->
                opportunities
                    .listOpportunities(
                        new PageRequest(0, 10, null, true, tag, Map.of("owner", "me")))
                    .rows());
    assertThat(listed)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.stageDe()).isEqualTo("Qualifizierung");
              assertThat(row.probability()).isEqualTo(10);
              assertThat(row.weighted()).isEqualByComparingTo("1250.05");
              assertThat(row.ownerName()).isEqualTo("Stefan Schmitt");
            });

    OpportunityDetail created = sales.call(() -> opportunities.loadOpportunity(id));
    long proposal = stages.get(2).id();
    sales.run(() -> opportunities.moveToStage(id, created.form().getVersion(), proposal, null));
    OpportunityDetail offered = sales.call(() -> opportunities.loadOpportunity(id));
    assertThat(offered.form().getProbability()).isEqualTo(50);
    assertThat(offered.form().getForecastCategory()).isEqualTo(ForecastCategory.BEST_CASE);
    assertThat(offered.steps())
        .extracting(s -> s.stageDe())
        .containsExactly("Qualifizierung", "Angebot");
    assertThat(offered.steps())
        .allSatisfy(s -> assertThat(s.enteredBy()).isEqualTo("Stefan Schmitt"));

    assertThatThrownBy(
            () ->
                sales.run(
                    () ->
                        opportunities.moveToStage(
                            id, created.form().getVersion(), stages.get(3).id(), null)))
        .as("a stale version")
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.getMessageKey()).isEqualTo("error.concurrentEdit"));

    long lost = stages.get(5).id();
    assertThatThrownBy(
            () ->
                sales.run(
                    () -> opportunities.moveToStage(id, offered.form().getVersion(), lost, " ")))
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.getField()).isEqualTo("lostReason"));
    sales.run(() -> opportunities.moveToStage(id, offered.form().getVersion(), lost, "Zu teuer"));
    OpportunityDetail closed = sales.call(() -> opportunities.loadOpportunity(id));
    assertThat(closed.outcome()).isEqualTo(StageOutcome.LOST);
    assertThat(closed.closedAt()).isNotNull();
    assertThat(closed.form().getLostReason()).isEqualTo("Zu teuer");
    assertThat(closed.weighted()).isEqualByComparingTo("0.00");
    assertThat(closed.steps()).hasSize(3);

    assertThat(
            sales.call(
                () ->
                    opportunities
                        .listOpportunities(
                            new PageRequest(0, 10, null, true, tag, Map.of("open", "true")))
                        .rows()))
        .as("closed ones are not among the open")
        .isEmpty();
  }

  @Test
  void theOwnersEstimateStaysUntilTheStageChanges() throws Exception {
    As manager = As.user("manager", "demo");
    String tag = TestData.letterTag();
    AccountForm account = new AccountForm();
    account.setName("Schätzung " + tag + " AG");
    long accountId = manager.call(() -> accounts.createAccount(account));
    OpportunityForm form = new OpportunityForm();
    form.setName("Wartungsvertrag " + tag);
    form.setAccountId(accountId);
    form.setAmount(new BigDecimal("8000"));
    form.setExpectedClose(LocalDate.of(2027, 1, 15));
    form.setProbability(35);
    form.setForecastCategory(ForecastCategory.COMMIT);
    long id = manager.call(() -> opportunities.saveOpportunity(form));

    OpportunityForm saved = manager.call(() -> opportunities.loadOpportunity(id)).form();
    assertThat(saved.getProbability()).isEqualTo(35);
    assertThat(saved.getForecastCategory()).isEqualTo(ForecastCategory.COMMIT);

    saved.setNextStep("Termin mit dem Einkauf");
    saved.setStageId(manager.call(() -> opportunities.stagesOf(null)).get(3).id());
    manager.call(() -> opportunities.saveOpportunity(saved));
    OpportunityForm moved = manager.call(() -> opportunities.loadOpportunity(id)).form();
    assertThat(moved.getProbability()).as("the new stage's").isEqualTo(80);
    assertThat(moved.getNextStep()).isEqualTo("Termin mit dem Einkauf");

    moved.setAmount(new BigDecimal("-5"));
    assertThatThrownBy(() -> manager.call(() -> opportunities.saveOpportunity(moved)))
        .hasStackTraceContaining("amount");
  }

  @Test
  void theBoardSumsEachStageInEurosOverWhatTheFilterSelects() throws Exception {
    As sales = As.user("sales", "demo");
    String tag = TestData.letterTag();
    AccountForm account = new AccountForm();
    account.setName("Tafel " + tag + " KG");
    long accountId = sales.call(() -> accounts.createAccount(account));
    List<StageOption> stages = sales.call(() -> opportunities.stagesOf(null));
    record Deal(String amount, String currency, String rate, int stage, LocalDate close) {}
    List<Deal> deals =
        List.of(
            new Deal("1000", "EUR", null, 0, LocalDate.of(2031, 1, 10)),
            new Deal("2000.50", "EUR", null, 0, LocalDate.of(2031, 2, 10)),
            new Deal("10000", "CHF", "1.05", 2, LocalDate.of(2031, 1, 20)),
            new Deal("500", "EUR", null, 2, LocalDate.of(2032, 6, 1)));
    int n = 0;
    for (Deal deal : deals) {
      OpportunityForm form = new OpportunityForm();
      form.setName("Tafel " + tag + " " + n++);
      form.setAccountId(accountId);
      form.setAmount(new BigDecimal(deal.amount()));
      form.setCurrency(deal.currency());
      form.setExchangeRate(deal.rate() == null ? null : new BigDecimal(deal.rate()));
      form.setExpectedClose(deal.close());
      form.setStageId(stages.get(deal.stage()).id());
      sales.call(() -> opportunities.saveOpportunity(form));
    }
    OpportunityForm noRate = new OpportunityForm();
    noRate.setName("Tafel " + tag + " ohne Kurs");
    noRate.setAccountId(accountId);
    noRate.setAmount(BigDecimal.TEN);
    noRate.setCurrency("USD");
    noRate.setExpectedClose(LocalDate.of(2031, 1, 1));
    assertThatThrownBy(() -> sales.call(() -> opportunities.saveOpportunity(noRate)))
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.getField()).isEqualTo("exchangeRate"));

    List<BoardColumn> board =
        sales.call(
            () ->
                opportunities.board(
                    new PageRequest(
                        0,
                        1,
                        null,
                        true,
                        tag,
                        Map.of(
                            "owner", "me", "closeFrom", "2031-01-01", "closeTo", "2031-12-31"))));
    assertThat(board).extracting(c -> c.stage().nameDe()).startsWith("Qualifizierung");
    BoardColumn qualification = board.get(0);
    assertThat(qualification.totals().count()).isEqualTo(2);
    assertThat(qualification.totals().amount()).isEqualByComparingTo("3000.50");
    assertThat(qualification.totals().weighted()).isEqualByComparingTo("300.05");
    assertThat(qualification.cards())
        .extracting(OpportunityRow::expectedClose)
        .as("soonest first")
        .containsExactly(LocalDate.of(2031, 1, 10), LocalDate.of(2031, 2, 10));
    BoardColumn proposal = board.get(2);
    assertThat(proposal.totals().count()).as("the 2032 one is outside the period").isEqualTo(1);
    assertThat(proposal.totals().amount()).isEqualByComparingTo("10500.00");
    assertThat(proposal.totals().weighted()).isEqualByComparingTo("5250.00");
    assertThat(proposal.cards())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.currency()).isEqualTo("CHF");
              assertThat(c.amount()).isEqualByComparingTo("10000");
            });
    assertThat(board.get(1).totals().count()).isZero();
    assertThat(board.get(1).cards()).isEmpty();
  }

  @Test
  void peopleOfTheCompanyTakeBuyingRoles() throws Exception {
    As sales = As.user("sales", "demo");
    String tag = TestData.letterTag();
    AccountForm account = new AccountForm();
    account.setName("Einkauf " + tag + " GmbH");
    long accountId = sales.call(() -> accounts.createAccount(account));
    ContactForm person = new ContactForm();
    person.setFirstName("Petra");
    person.setLastName("Einkauf" + tag);
    person.setPosition("Leiterin Einkauf");
    person.setAccountId(accountId);
    long petra = sales.call(() -> contacts.createContact(person));
    OpportunityForm form = new OpportunityForm();
    form.setName("Rollen " + tag);
    form.setAccountId(accountId);
    form.setAmount(new BigDecimal("1000"));
    form.setExpectedClose(LocalDate.of(2027, 6, 30));
    long id = sales.call(() -> opportunities.saveOpportunity(form));

    assertThat(sales.call(() -> opportunities.contactsToChoose(id)))
        .extracting(ContactChoice::name)
        .containsExactly("Petra Einkauf" + tag);
    sales.run(() -> opportunities.assignBuyingRole(id, petra, BuyingRole.DECISION_MAKER));
    sales.run(() -> opportunities.assignBuyingRole(id, petra, BuyingRole.CHAMPION));
    List<BuyingContact> roles = sales.call(() -> opportunities.buyingContacts(id));
    assertThat(roles)
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.role()).as("one role per person").isEqualTo(BuyingRole.CHAMPION);
              assertThat(b.position()).isEqualTo("Leiterin Einkauf");
            });
    sales.run(() -> opportunities.removeBuyingRole(roles.get(0).id()));
    assertThat(sales.call(() -> opportunities.buyingContacts(id))).isEmpty();
  }

  @Test
  void marketingAndServiceStayOut() {
    for (String user : List.of("marketing", "service")) {
      assertThatThrownBy(
              () ->
                  As.user(user, "demo")
                      .call(() -> opportunities.listOpportunities(PageRequest.of(0, 10))))
          .as(user)
          .isInstanceOf(EJBAccessException.class);
    }
  }
}
