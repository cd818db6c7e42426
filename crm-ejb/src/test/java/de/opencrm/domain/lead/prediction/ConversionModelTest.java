package de.opencrm.domain.lead.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.domain.account.CompanySize;
import de.opencrm.domain.lead.LeadSource;
import de.opencrm.domain.lead.scoring.ScoringFacts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConversionModelTest {

  private static final Instant NOW = Instant.parse("2026-11-23T03:30:00Z");

  /**
   * A history where referrals from company addresses in region 5 mostly convert and free-mail web
   * form leads mostly do not; one in ten goes against the pattern.
   */
  private static List<ClosedLead> history(int perOutcome) {
    Random random = new Random(7);
    List<ClosedLead> leads = new ArrayList<>();
    for (int i = 0; i < perOutcome; i++) {
      boolean noise = random.nextInt(10) == 0;
      leads.add(new ClosedLead(good(i), !noise));
      leads.add(new ClosedLead(poor(i), noise));
    }
    return leads;
  }

  private static ScoringFacts good(int i) {
    return new ScoringFacts(
        i % 2 == 0 ? "Geschäftsführer" : "Leiter Einkauf",
        "Logistik",
        CompanySize.MEDIUM,
        "DE",
        "5066" + (i % 10),
        LeadSource.REFERRAL,
        "k" + i + "@rheinland-logistik.de",
        1 + i % 3);
  }

  private static ScoringFacts poor(int i) {
    return new ScoringFacts(
        i % 2 == 0 ? "Student" : null,
        i % 3 == 0 ? "Handel" : null,
        CompanySize.SMALL,
        "DE",
        "1011" + (i % 10),
        LeadSource.WEB_FORM,
        "p" + i + "@gmx.de",
        1);
  }

  @Test
  void refusesToTrainWithoutEnoughOfEachOutcome() {
    List<ClosedLead> few = new ArrayList<>(history(60));
    few.removeIf(l -> !l.converted() && few.indexOf(l) % 3 != 0);
    ConversionModel.Outcome outcome = ConversionModel.train(few, NOW);

    assertThat(outcome.model()).isNull();
    assertThat(outcome.training().trained()).isFalse();
    assertThat(outcome.training().disqualified()).isLessThan(ConversionModel.MIN_PER_OUTCOME);
    assertThat(outcome.training().disqualifiedMissing())
        .isEqualTo(ConversionModel.MIN_PER_OUTCOME - outcome.training().disqualified());
    assertThat(outcome.training().convertedMissing()).isZero();
  }

  @Test
  void learnsFromTheHistoryAndNamesTheFactorsEitherWay() {
    ConversionModel.Outcome outcome = ConversionModel.train(history(60), NOW);

    ConversionModel.Training training = outcome.training();
    assertThat(training.trained()).isTrue();
    assertThat(training.converted() + training.disqualified()).isEqualTo(120);
    assertThat(training.accuracy()).isGreaterThan(0.75);
    assertThat(training.auc()).isGreaterThan(0.8);

    PredictedScore likely = outcome.model().predict(good(100));
    PredictedScore unlikely = outcome.model().predict(poor(100));
    assertThat(likely.percent()).isGreaterThan(70);
    assertThat(unlikely.percent()).isLessThan(30);
    assertThat(likely.factors()).hasSizeLessThanOrEqualTo(ConversionModel.TOP_FACTORS);
    assertThat(likely.factors())
        .filteredOn(PredictedScore.Factor::positive)
        .extracting(PredictedScore.Factor::feature)
        .containsAnyOf("source=REFERRAL", "mail=company", "region=5");
    assertThat(unlikely.factors())
        .filteredOn(f -> !f.positive())
        .extracting(PredictedScore.Factor::feature)
        .containsAnyOf("source=WEB_FORM", "mail=free", "region=1");
    // strongest first
    assertThat(Math.abs(likely.factors().get(0).weight()))
        .isGreaterThanOrEqualTo(
            Math.abs(likely.factors().get(likely.factors().size() - 1).weight()));
  }

  @Test
  void theSameHistoryGivesTheSameModel() {
    PredictedScore first = ConversionModel.train(history(50), NOW).model().predict(good(1));
    PredictedScore second = ConversionModel.train(history(50), NOW).model().predict(good(1));
    assertThat(second).isEqualTo(first);
  }

  @Test
  void factorsSurviveBeingStoredOnTheLead() {
    PredictedScore score =
        new PredictedScore(
            72,
            List.of(
                new PredictedScore.Factor("source=REFERRAL", 1.234),
                new PredictedScore.Factor("mail=free", -0.5)));
    assertThat(PredictedScore.decodeFactors(score.encodeFactors())).isEqualTo(score.factors());
    assertThat(PredictedScore.decodeFactors(null)).isEmpty();
  }

  @Test
  void featuresAreReadableFactsOfTheLead() {
    assertThat(LeadFeatures.of(good(0)))
        .contains(
            "source=REFERRAL",
            "country=DE",
            "region=5",
            "industry=logistik",
            "size=MEDIUM",
            "mail=company",
            "title=geschäftsführer",
            "submissions=once");
    assertThat(LeadFeatures.of(poor(1)))
        .contains("mail=free")
        .noneMatch(f -> f.startsWith("title="));
  }
}
