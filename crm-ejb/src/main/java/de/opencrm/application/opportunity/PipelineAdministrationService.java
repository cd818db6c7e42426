package de.opencrm.application.opportunity;

import de.opencrm.application.common.Stamp;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.opportunity.OpportunityRepository;
import de.opencrm.domain.opportunity.Pipeline;
import de.opencrm.domain.opportunity.PipelineShape;
import de.opencrm.domain.opportunity.Stage;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The administrator's pipelines and their stages: names in German and English, order, default
 * probability, forecast category, won or lost. Every change leaves each pipeline workable (an open,
 * a won and a lost stage, no name twice); a stage an opportunity is or was in stays.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
@Permission(area = Area.ADMIN, operation = Operation.READ)
public class PipelineAdministrationService {

  @Inject OpportunityRepository opportunities;
  @Resource SessionContext context;

  public List<PipelineRow> listPipelines() {
    return opportunities.allPipelines().stream()
        .map(
            p ->
                new PipelineRow(
                    p.getId(), p.getVersion(), p.getNameDe(), p.getNameEn(), p.isActive()))
        .toList();
  }

  public List<StageRow> listStages(long pipelineId) {
    Map<Long, Long> counts = opportunities.countsByStage(pipelineId);
    return opportunities.stagesOf(pipelineId).stream()
        .map(
            s ->
                new StageRow(StageOption.of(s), s.getVersion(), counts.getOrDefault(s.getId(), 0L)))
        .toList();
  }

  /** A new pipeline, after the others, starting with the stages of the default pipeline. */
  @Permission(area = Area.ADMIN, operation = Operation.CREATE)
  public long createPipeline(String nameDe, String nameEn) {
    Stamp stamp = Stamp.of(context);
    List<Pipeline> all = opportunities.allPipelines();
    int position = all.stream().mapToInt(Pipeline::getPosition).max().orElse(0) + 1;
    Pipeline pipeline = new Pipeline(nameDe, nameEn, position);
    refuseNameTaken(all, pipeline);
    pipeline.recordCreation(stamp.user(), stamp.at());
    opportunities.addPipeline(pipeline);
    for (Stage model : opportunities.stagesOf(opportunities.defaultPipeline().getId())) {
      Stage stage =
          new Stage(
              pipeline,
              model.getNameDe(),
              model.getNameEn(),
              model.getPosition(),
              model.getProbability(),
              model.getForecastCategory(),
              model.getOutcome());
      stage.recordCreation(stamp.user(), stamp.at());
      opportunities.addStage(stage);
    }
    return pipeline.getId();
  }

  /** Renames the pipeline and switches it on or off; one pipeline always stays active. */
  @Permission(area = Area.ADMIN, operation = Operation.EDIT)
  public void savePipeline(long id, long version, String nameDe, String nameEn, boolean active) {
    Pipeline pipeline = pipeline(id);
    pipeline.requireVersion(version);
    pipeline.rename(nameDe, nameEn);
    List<Pipeline> all = opportunities.allPipelines();
    refuseNameTaken(all, pipeline);
    if (!active && all.stream().noneMatch(p -> p != pipeline && p.isActive())) {
      throw new BusinessException("pipeline.lastActive");
    }
    pipeline.activate(active);
    Stamp stamp = Stamp.of(context);
    pipeline.recordModification(stamp.user(), stamp.at());
  }

  /** Adds a stage at the end of its pipeline or changes one. */
  @Permission(area = Area.ADMIN, operation = Operation.EDIT)
  public long saveStage(@NotNull @Valid StageForm form) {
    Stamp stamp = Stamp.of(context);
    Pipeline pipeline = pipeline(form.getPipelineId());
    List<Stage> stages = new ArrayList<>(opportunities.stagesOf(pipeline.getId()));
    Stage stage;
    if (form.isNew()) {
      stage =
          new Stage(
              pipeline,
              form.getNameDe(),
              form.getNameEn(),
              stages.size() + 1,
              form.getProbability(),
              form.getForecastCategory(),
              form.getOutcome());
      stages.add(stage);
      PipelineShape.check(stages);
      stage.recordCreation(stamp.user(), stamp.at());
      opportunities.addStage(stage);
    } else {
      stage = stageOf(stages, form.getId());
      stage.requireVersion(form.getVersion());
      stage.describe(
          form.getNameDe(),
          form.getNameEn(),
          form.getProbability(),
          form.getForecastCategory(),
          form.getOutcome());
      PipelineShape.check(stages);
      stage.recordModification(stamp.user(), stamp.at());
    }
    return stage.getId();
  }

  /** Moves a stage one place earlier (-1) or later (+1) in its pipeline. */
  @Permission(area = Area.ADMIN, operation = Operation.EDIT)
  public void moveStage(long stageId, int by) {
    Stage stage =
        opportunities.findStage(stageId).orElseThrow(() -> new BusinessException("stage.notFound"));
    List<Stage> stages = new ArrayList<>(opportunities.stagesOf(stage.getPipeline().getId()));
    int from = stages.indexOf(stage);
    int to = Math.max(0, Math.min(stages.size() - 1, from + Integer.signum(by)));
    if (from == to) {
      return;
    }
    stages.remove(from);
    stages.add(to, stage);
    PipelineShape.renumber(stages);
    Stamp stamp = Stamp.of(context);
    stages.forEach(s -> s.recordModification(stamp.user(), stamp.at()));
  }

  /** Removes a stage no opportunity is or ever was in; the pipeline must stay workable. */
  @Permission(area = Area.ADMIN, operation = Operation.DELETE)
  public void deleteStage(long stageId) {
    Stage stage =
        opportunities.findStage(stageId).orElseThrow(() -> new BusinessException("stage.notFound"));
    if (opportunities.stageUsed(stageId)) {
      throw new BusinessException("stage.inUse", stage.getNameDe());
    }
    List<Stage> stages = new ArrayList<>(opportunities.stagesOf(stage.getPipeline().getId()));
    stages.remove(stage);
    PipelineShape.check(stages);
    opportunities.removeStage(stage);
    PipelineShape.renumber(stages);
  }

  private Pipeline pipeline(long id) {
    return opportunities
        .findPipeline(id)
        .orElseThrow(() -> new BusinessException("pipeline.notFound"));
  }

  private static Stage stageOf(List<Stage> stages, long id) {
    return stages.stream()
        .filter(s -> s.getId() == id)
        .findFirst()
        .orElseThrow(() -> new BusinessException("stage.notFound"));
  }

  private static void refuseNameTaken(List<Pipeline> all, Pipeline named) {
    boolean taken =
        all.stream().anyMatch(p -> p != named && p.getNameDe().equalsIgnoreCase(named.getNameDe()));
    if (taken) {
      throw BusinessException.onField("nameDe", "pipeline.nameTaken", named.getNameDe());
    }
  }
}
