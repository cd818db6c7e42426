package de.opencrm.domain.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.domain.opportunity.ForecastCategory;
import de.opencrm.domain.opportunity.StageOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ForecastRollupTest {

  private static ForecastSum sum(
      long owner, StageOutcome outcome, ForecastCategory category, String amount, int percent) {
    BigDecimal euros = new BigDecimal(amount);
    return new ForecastSum(
        owner, outcome, category, euros, euros.multiply(BigDecimal.valueOf(percent)));
  }

  @Test
  void wonOpenAndLostCountWhereTheyBelong() {
    List<ForecastSum> sums =
        List.of(
            sum(1, StageOutcome.WON, ForecastCategory.CLOSED, "10000", 100),
            sum(1, StageOutcome.OPEN, ForecastCategory.COMMIT, "8000", 80),
            sum(1, StageOutcome.OPEN, ForecastCategory.BEST_CASE, "5000", 50),
            sum(1, StageOutcome.OPEN, ForecastCategory.PIPELINE, "3000", 10),
            sum(1, StageOutcome.OPEN, ForecastCategory.OMITTED, "99999", 5),
            sum(1, StageOutcome.LOST, ForecastCategory.OMITTED, "7000", 0),
            sum(2, StageOutcome.OPEN, ForecastCategory.PIPELINE, "1000.55", 20));

    Map<Long, ForecastFigures> owners =
        ForecastRollup.perOwner(
            sums, Map.of(1L, new BigDecimal("20000"), 3L, new BigDecimal("5000")));

    ForecastFigures first = owners.get(1L);
    assertThat(first.closedWon()).isEqualByComparingTo("10000");
    assertThat(first.commit()).isEqualByComparingTo("8000");
    assertThat(first.bestCase()).isEqualByComparingTo("5000");
    assertThat(first.pipeline()).isEqualByComparingTo("3000");
    assertThat(first.weighted()).as("6,400 + 2,500 + 300").isEqualByComparingTo("9200");
    assertThat(first.quota()).isEqualByComparingTo("20000");
    assertThat(first.attainment()).isEqualTo(50);
    assertThat(first.wonAndCommit()).isEqualByComparingTo("18000");
    assertThat(first.gap()).isEqualByComparingTo("2000");

    assertThat(owners.get(2L).weighted()).isEqualByComparingTo("200.11");
    assertThat(owners.get(2L).attainment()).as("no quota").isNull();
    assertThat(owners.get(3L).quota()).as("a quota and nothing else").isEqualByComparingTo("5000");
    assertThat(owners.get(3L).attainment()).isZero();

    ForecastFigures company = ForecastRollup.total(owners.values());
    assertThat(company.pipeline()).isEqualByComparingTo("4000.55");
    assertThat(company.quota()).isEqualByComparingTo("25000");
    assertThat(company.attainment()).isEqualTo(40);
  }

  @Test
  void periodsAreMonthsOrQuarters() {
    ForecastPeriod q4 = ForecastPeriod.quarter(2026, 4);
    assertThat(q4.firstDay()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(q4.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(q4.months()).hasSize(3);
    assertThat(ForecastPeriod.quarterOf(LocalDate.of(2026, 2, 28)))
        .isEqualTo(ForecastPeriod.quarter(2026, 1));
    assertThat(ForecastPeriod.month(YearMonth.of(2028, 2)).lastDay())
        .isEqualTo(LocalDate.of(2028, 2, 29));
    assertThatThrownBy(() -> ForecastPeriod.quarter(2026, 5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void yearToDateComparesWithTheSameSpanLastYear() {
    YearToDate ytd =
        new YearToDate(new BigDecimal("115000"), new BigDecimal("100000"), List.of(), List.of());
    assertThat(ytd.changePercent()).isEqualTo(15);
    assertThat(
            new YearToDate(BigDecimal.TEN, BigDecimal.ZERO, List.of(), List.of()).changePercent())
        .isNull();
  }
}
