package de.opencrm.domain.opportunity;

import de.opencrm.domain.common.BusinessException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a pipeline's stages must look like to be worked with: at least one open stage to start in, a
 * won and a lost stage to close in, and no two stages of the same name.
 */
public final class PipelineShape {

  private PipelineShape() {}

  /** Refuses the stages (in their order) when a pipeline could not work with them. */
  public static void check(List<Stage> stages) {
    if (stages.stream().noneMatch(s -> s.getOutcome() == StageOutcome.OPEN)) {
      throw new BusinessException("pipeline.needsOpenStage");
    }
    if (stages.stream().noneMatch(s -> s.getOutcome() == StageOutcome.WON)) {
      throw new BusinessException("pipeline.needsWonStage");
    }
    if (stages.stream().noneMatch(s -> s.getOutcome() == StageOutcome.LOST)) {
      throw new BusinessException("pipeline.needsLostStage");
    }
    Set<String> names = new HashSet<>();
    for (Stage stage : stages) {
      if (!names.add(stage.getNameDe().toLowerCase(Locale.GERMAN))) {
        throw BusinessException.onField("nameDe", "pipeline.stageNameTwice", stage.getNameDe());
      }
    }
  }

  /** The stages' positions made 1, 2, 3, ... in the order given. */
  public static void renumber(List<Stage> stages) {
    for (int i = 0; i < stages.size(); i++) {
      stages.get(i).placeAt(i + 1);
    }
  }
}
