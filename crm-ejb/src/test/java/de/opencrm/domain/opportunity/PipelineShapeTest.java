package de.opencrm.domain.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.domain.common.BusinessException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineShapeTest {

  private final Pipeline renewals = new Pipeline("Verlängerung", null, 2);

  private Stage stage(String name, StageOutcome outcome) {
    return new Stage(renewals, name, null, 1, 50, ForecastCategory.PIPELINE, outcome);
  }

  private static String refusal(List<Stage> stages) {
    try {
      PipelineShape.check(stages);
      return null;
    } catch (BusinessException e) {
      return e.getMessageKey();
    }
  }

  @Test
  void aPipelineNeedsAnOpenAWonAndALostStage() {
    Stage open = stage("Angebot", StageOutcome.OPEN);
    Stage won = stage("Verlängert", StageOutcome.WON);
    Stage lost = stage("Gekündigt", StageOutcome.LOST);

    assertThatCode(() -> PipelineShape.check(List.of(open, won, lost))).doesNotThrowAnyException();
    assertThat(refusal(List.of(won, lost))).isEqualTo("pipeline.needsOpenStage");
    assertThat(refusal(List.of(open, lost))).isEqualTo("pipeline.needsWonStage");
    assertThat(refusal(List.of(open, won))).isEqualTo("pipeline.needsLostStage");
    assertThat(refusal(List.of(open, won, lost, stage("angebot", StageOutcome.OPEN))))
        .as("names are compared without case")
        .isEqualTo("pipeline.stageNameTwice");
  }

  @Test
  void namesDefaultToGermanAndPositionsFollowTheOrder() {
    Stage open = stage("Angebot", StageOutcome.OPEN);
    assertThat(open.getNameEn()).isEqualTo("Angebot");
    assertThat(renewals.getNameEn()).isEqualTo("Verlängerung");
    assertThatThrownBy(
            () -> open.describe(" ", "Offer", 10, ForecastCategory.PIPELINE, StageOutcome.OPEN))
        .isInstanceOf(BusinessException.class);
    assertThatThrownBy(
            () ->
                open.describe(
                    "Angebot", "Offer", 101, ForecastCategory.PIPELINE, StageOutcome.OPEN))
        .isInstanceOf(BusinessException.class);

    List<Stage> stages =
        new ArrayList<>(List.of(stage("C", StageOutcome.OPEN), stage("A", StageOutcome.WON)));
    PipelineShape.renumber(stages);
    assertThat(stages).extracting(Stage::getPosition).containsExactly(1, 2);
  }
}
