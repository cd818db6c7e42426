package de.opencrm.domain.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.domain.account.Account;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.common.BusinessException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpportunityTest {

  private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");

  private final Pipeline newBusiness = new Pipeline("Neugeschäft", "New business", 1);
  private final Stage qualification =
      new Stage(
          newBusiness,
          "Qualifizierung",
          "Qualification",
          1,
          10,
          ForecastCategory.PIPELINE,
          StageOutcome.OPEN);
  private final Stage proposal =
      new Stage(
          newBusiness, "Angebot", "Proposal", 3, 50, ForecastCategory.BEST_CASE, StageOutcome.OPEN);
  private final Stage won =
      new Stage(newBusiness, "Gewonnen", "Won", 5, 100, ForecastCategory.CLOSED, StageOutcome.WON);
  private final Stage lost =
      new Stage(newBusiness, "Verloren", "Lost", 6, 0, ForecastCategory.OMITTED, StageOutcome.LOST);

  private final User sales = new User("sales", "$2a$10$hash", MONDAY);

  private Opportunity deal(String amount) {
    return new Opportunity(
        "Lagerverwaltung",
        new Account("Hanse Logistik GmbH", sales),
        qualification,
        new BigDecimal(amount),
        LocalDate.of(2027, 3, 31),
        sales,
        MONDAY,
        "sales");
  }

  @Test
  void startsWithTheStagesProbabilityAndWeighsItsAmount() {
    Opportunity deal = deal("12345.67");

    assertThat(deal.getProbability()).isEqualTo(10);
    assertThat(deal.getForecastCategory()).isEqualTo(ForecastCategory.PIPELINE);
    assertThat(deal.weightedAmount()).isEqualByComparingTo("1234.57");
    assertThat(deal.getCurrency()).isEqualTo("EUR");
  }

  @Test
  void enteringAStageTakesItsDefaultsAndTheOwnersEstimateOverridesThem() {
    Opportunity deal = deal("10000");
    deal.moveTo(proposal, null, MONDAY.plus(Duration.ofDays(3)), "sales");
    assertThat(deal.getProbability()).isEqualTo(50);
    assertThat(deal.weightedAmount()).isEqualByComparingTo("5000.00");

    deal.estimate(65, ForecastCategory.COMMIT);
    assertThat(deal.weightedAmount()).isEqualByComparingTo("6500.00");
    assertThat(deal.getForecastCategory()).isEqualTo(ForecastCategory.COMMIT);
    assertThat(deal.getStageSince()).isEqualTo(MONDAY.plus(Duration.ofDays(3)));
  }

  @Test
  void lostNeedsAReasonAndWonOrLostCloses() {
    Opportunity deal = deal("5000");
    assertThatThrownBy(() -> deal.moveTo(lost, "  ", MONDAY, "sales"))
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.getField()).isEqualTo("lostReason"));
    assertThat(deal.isClosed()).isFalse();

    deal.moveTo(lost, "Preis zu hoch", MONDAY, "sales");
    assertThat(deal.isClosed()).isTrue();
    assertThat(deal.getClosedAt()).isEqualTo(MONDAY);
    assertThat(deal.getLostReason()).isEqualTo("Preis zu hoch");
    assertThat(deal.weightedAmount()).isEqualByComparingTo("0.00");

    deal.moveTo(won, null, MONDAY.plusSeconds(60), "manager");
    assertThat(deal.getLostReason()).as("won again: no lost reason").isNull();
    assertThat(deal.getProbability()).isEqualTo(100);
  }

  @Test
  void refusesBadValuesAndStagesOfAnotherPipeline() {
    assertThatThrownBy(() -> deal("-1")).isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> deal("1.005")).isInstanceOf(BusinessException.class);
    Opportunity deal = deal("1");
    assertThatThrownBy(() -> deal.estimate(101, null)).isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> deal.value(BigDecimal.ONE, "Euro", null))
        .isInstanceOf(BusinessException.class);
    Pipeline renewals = new Pipeline("Verlängerung", "Renewal", 2);
    Stage elsewhere =
        new Stage(
            renewals, "Angebot", "Proposal", 1, 50, ForecastCategory.BEST_CASE, StageOutcome.OPEN);
    assertThatThrownBy(() -> deal.moveTo(elsewhere, null, MONDAY, "sales"))
        .isInstanceOf(BusinessException.class);
  }

  @Test
  void anotherCurrencyCountsInEurosAtItsRate() {
    Opportunity deal = deal("1000");
    assertThat(deal.getAmountEur()).isEqualByComparingTo("1000.00");

    deal.value(new BigDecimal("35000"), "chf", new BigDecimal("1.0634"));

    assertThat(deal.getCurrency()).isEqualTo("CHF");
    assertThat(deal.getAmountEur()).isEqualByComparingTo("37219.00");
    assertThat(deal.weightedEur()).isEqualByComparingTo("3721.90");
    assertThatThrownBy(() -> deal.value(BigDecimal.TEN, "USD", null))
        .isInstanceOf(BusinessException.class)
        .extracting("messageKey")
        .isEqualTo("opportunity.rateRequired");
    assertThatThrownBy(() -> deal.value(BigDecimal.TEN, "USD", BigDecimal.ZERO))
        .isInstanceOf(BusinessException.class)
        .extracting("messageKey")
        .isEqualTo("opportunity.rateInvalid");
    assertThat(deal.getCurrency()).as("a refused value changes nothing").isEqualTo("CHF");

    deal.value(new BigDecimal("500"), "EUR", new BigDecimal("7"));
    assertThat(deal.getExchangeRate()).as("euros ignore a rate").isEqualByComparingTo("1");
    assertThat(deal.getAmountEur()).isEqualByComparingTo("500.00");
  }

  @Test
  void stageTotalsWeighTheSumOfAmountsTimesPercent() {
    StageTotals totals =
        StageTotals.summed(3, new BigDecimal("1500.5"), new BigDecimal("60025.00"));

    assertThat(totals.amount()).isEqualByComparingTo("1500.50");
    assertThat(totals.weighted()).isEqualByComparingTo("600.25");
    assertThat(StageTotals.summed(0, null, null).weighted()).isEqualByComparingTo("0");
  }

  @Test
  void timeInEachStageRunsUntilTheNextAndTheLastUntilNow() {
    List<Duration> spent =
        StageTimes.spent(
            List.of(MONDAY, MONDAY.plus(Duration.ofDays(2)), MONDAY.plus(Duration.ofDays(9))),
            MONDAY.plus(Duration.ofDays(10)));

    assertThat(spent).containsExactly(Duration.ofDays(2), Duration.ofDays(7), Duration.ofDays(1));
  }
}
