package de.opencrm.domain.lead.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.domain.account.CompanySize;
import de.opencrm.domain.lead.LeadSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadScorerTest {

  private static final List<ScoreCheck> RULES =
      List.of(
          new ScoreCheck(ScoreCriterion.JOB_TITLE, List.of("Geschäftsführer", "Leiter", "CEO"), 30),
          new ScoreCheck(ScoreCriterion.INDUSTRY, List.of("Logistik"), 10),
          new ScoreCheck(ScoreCriterion.COMPANY_SIZE, List.of("LARGE", "ENTERPRISE"), 20),
          new ScoreCheck(ScoreCriterion.COUNTRY, List.of("DE", "AT"), 5),
          new ScoreCheck(ScoreCriterion.POSTAL_RANGE, List.of("0-1", "80000-81999"), 7),
          new ScoreCheck(ScoreCriterion.SOURCE, List.of("REFERRAL"), 15),
          new ScoreCheck(ScoreCriterion.CORPORATE_EMAIL, List.of(), 10),
          new ScoreCheck(ScoreCriterion.FREE_MAIL, List.of(), -25),
          new ScoreCheck(ScoreCriterion.REPEATED_SUBMISSIONS, List.of("3"), 12));

  private static ScoringFacts lead(
      String title, String email, String postal, LeadSource source, int submissions) {
    return new ScoringFacts(
        title, "logistik", CompanySize.LARGE, "DE", postal, source, email, submissions);
  }

  @Test
  void addsThePointsOfEveryRuleTheLeadHits() {
    ScoreCard card =
        LeadScorer.score(RULES, lead("Leiter Einkauf", "j.k@hanse.de", "20457", null, 1));

    // title 30 + industry 10 + size 20 + country 5 + corporate mail 10
    assertThat(card.total()).isEqualTo(75);
    assertThat(card.hits())
        .extracting(ScoreHit::criterion)
        .containsExactly(
            ScoreCriterion.JOB_TITLE,
            ScoreCriterion.COMPANY_SIZE,
            ScoreCriterion.INDUSTRY,
            ScoreCriterion.CORPORATE_EMAIL,
            ScoreCriterion.COUNTRY);
    assertThat(card.hits())
        .as("what of the lead each rule hit")
        .extracting(ScoreHit::values)
        .containsExactly("Leiter", "250–999", "Logistik", "hanse.de", "DE");
  }

  @Test
  void keywordsMatchInsideTheTitleWhateverTheCase() {
    assertThat(hits(ScoreCriterion.JOB_TITLE, "stellv. geschäftsführer")).isTrue();
    assertThat(hits(ScoreCriterion.JOB_TITLE, "Sachbearbeiter")).isFalse();
    assertThat(hits(ScoreCriterion.JOB_TITLE, null)).isFalse();
  }

  private static boolean hits(ScoreCriterion criterion, String title) {
    ScoreCheck check = RULES.stream().filter(r -> r.criterion() == criterion).findFirst().get();
    return check.hits(lead(title, null, null, null, 1));
  }

  @Test
  void freeMailTakesPointsAwayAndTheScoreNeverGoesBelowZero() {
    ScoreCard card =
        LeadScorer.score(
            RULES, new ScoringFacts(null, null, null, "NL", null, null, "jonas@GMX.de", 1));

    assertThat(card.hits()).extracting(ScoreHit::points).containsExactly(-25);
    assertThat(card.total()).isZero();
  }

  @Test
  void theScoreStopsAtOneHundred() {
    ScoreCard card =
        LeadScorer.score(RULES, lead("CEO", "ceo@firma.de", "80331", LeadSource.REFERRAL, 5));

    assertThat(card.hits().stream().mapToInt(ScoreHit::points).sum()).isEqualTo(109);
    assertThat(card.total()).isEqualTo(100);
  }

  @Test
  void postalRegionsAndRepeatedSubmissionsCount() {
    assertThat(pointsFor(lead(null, null, "01099", null, 1), ScoreCriterion.POSTAL_RANGE)).isTrue();
    assertThat(pointsFor(lead(null, null, "50667", null, 1), ScoreCriterion.POSTAL_RANGE))
        .isFalse();
    assertThat(pointsFor(lead(null, null, null, null, 2), ScoreCriterion.REPEATED_SUBMISSIONS))
        .isFalse();
    assertThat(pointsFor(lead(null, null, null, null, 3), ScoreCriterion.REPEATED_SUBMISSIONS))
        .isTrue();
  }

  private static boolean pointsFor(ScoringFacts facts, ScoreCriterion criterion) {
    return LeadScorer.score(RULES, facts).hits().stream().anyMatch(h -> h.criterion() == criterion);
  }

  @Test
  void theThresholdMakesALeadMarketingQualifiedAndZeroSwitchesItOff() {
    assertThat(LeadScorer.qualifies(60, 60)).isTrue();
    assertThat(LeadScorer.qualifies(59, 60)).isFalse();
    assertThat(LeadScorer.qualifies(100, 0)).isFalse();
  }

  @Test
  void theBreakdownSurvivesBeingKeptOnTheLead() {
    ScoreCard card =
        LeadScorer.score(RULES, lead("Leiter\tIT", "a@b.de", "20457", LeadSource.REFERRAL, 1));

    ScoreCard kept = ScoreCard.decode(card.total(), card.encode());

    assertThat(kept).isEqualTo(card);
    assertThat(ScoreCard.decode(0, null).hits()).isEmpty();
  }
}
