package de.opencrm.domain.lead.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.domain.common.BusinessException;
import org.junit.jupiter.api.Test;

class ScoreValuesTest {

  @Test
  void readsListsAsTypedAndNormalisesCodes() {
    assertThat(ScoreValues.parse(ScoreCriterion.COUNTRY, " de, at ,,ch"))
        .containsExactly("DE", "AT", "CH");
    assertThat(ScoreValues.parse(ScoreCriterion.SOURCE, "referral, Event"))
        .containsExactly("REFERRAL", "EVENT");
    assertThat(ScoreValues.parse(ScoreCriterion.POSTAL_RANGE, "0-1, 4"))
        .containsExactly("0-1", "4");
    assertThat(ScoreValues.parse(ScoreCriterion.FREE_MAIL, "ignored")).isEmpty();
  }

  @Test
  void namesTheWrongEntryOnTheValuesField() {
    assertThatThrownBy(() -> ScoreValues.parse(ScoreCriterion.COUNTRY, "DE, Deutschland"))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.getField()).isEqualTo("values");
              assertThat(e.getMessageKey()).isEqualTo("scoring.valueInvalid");
              assertThat(e.getArguments()).containsExactly("Deutschland");
            });
    assertThatThrownBy(() -> ScoreValues.parse(ScoreCriterion.COMPANY_SIZE, "HUGE"))
        .isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> ScoreValues.parse(ScoreCriterion.POSTAL_RANGE, "9-1"))
        .isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> ScoreValues.parse(ScoreCriterion.REPEATED_SUBMISSIONS, "1"))
        .isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> ScoreValues.parse(ScoreCriterion.REPEATED_SUBMISSIONS, "2, 3"))
        .isInstanceOf(BusinessException.class);
  }

  @Test
  void aListCriterionNeedsValues() {
    assertThatThrownBy(() -> ScoreValues.parse(ScoreCriterion.INDUSTRY, " , "))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.getMessageKey()).isEqualTo("scoring.valuesRequired"));
  }
}
