package de.opencrm.web.opportunity;

import de.opencrm.application.opportunity.PipelineAdministrationService;
import de.opencrm.application.opportunity.PipelineRow;
import de.opencrm.application.opportunity.StageForm;
import de.opencrm.application.opportunity.StageRow;
import de.opencrm.domain.opportunity.ForecastCategory;
import de.opencrm.domain.opportunity.StageOutcome;
import de.opencrm.web.page.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The administrator's pipelines page: choose a pipeline, rename or switch it off, add, edit, order
 * and remove its stages; a new pipeline starts with the default pipeline's stages.
 */
@Named
@ViewScoped
public class PipelinesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PipelineAdministrationService administration;
  @Inject FacesErrors errors;

  private List<PipelineRow> pipelines;
  private Long pipelineId;
  private String nameDe;
  private String nameEn;
  private boolean active;
  private long version;
  private List<StageRow> stages;
  private StageForm stage = new StageForm();
  private String newNameDe;
  private String newNameEn;

  @PostConstruct
  void init() {
    pipelines = administration.listPipelines();
    if (!pipelines.isEmpty()) {
      pipelineId = pipelines.get(0).id();
    }
    showPipeline();
  }

  /** Shows the chosen pipeline with its stages. */
  public void showPipeline() {
    pipelines = administration.listPipelines();
    pipelines.stream()
        .filter(p -> pipelineId != null && p.id() == pipelineId)
        .findFirst()
        .ifPresent(
            p -> {
              nameDe = p.nameDe();
              nameEn = p.nameEn();
              active = p.active();
              version = p.version();
            });
    stages = pipelineId == null ? List.of() : administration.listStages(pipelineId);
  }

  public void savePipeline() {
    try {
      administration.savePipeline(pipelineId, version, nameDe, nameEn, active);
      errors.info("pipeline.saved", nameDe);
      showPipeline();
    } catch (RuntimeException e) {
      errors.show(e, "pipelineForm");
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  public void createPipeline() {
    try {
      pipelineId = administration.createPipeline(newNameDe, newNameEn);
      errors.info("pipeline.created", newNameDe);
      newNameDe = null;
      newNameEn = null;
      showPipeline();
      PrimeFaces.current().executeScript("PF('pipelineDialog').hide()");
    } catch (RuntimeException e) {
      errors.show(e, "newPipelineForm");
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  public void startNewStage() {
    stage = new StageForm();
    stage.setPipelineId(pipelineId);
  }

  public void startEditStage(StageRow row) {
    stage = new StageForm();
    stage.setId(row.stage().id());
    stage.setVersion(row.version());
    stage.setPipelineId(pipelineId);
    stage.setNameDe(row.stage().nameDe());
    stage.setNameEn(row.stage().nameEn());
    stage.setProbability(row.stage().probability());
    stage.setForecastCategory(row.stage().forecastCategory());
    stage.setOutcome(row.stage().outcome());
  }

  public void saveStage() {
    try {
      administration.saveStage(stage);
      errors.info("stage.saved", stage.getNameDe());
      showPipeline();
      PrimeFaces.current().executeScript("PF('stageDialog').hide()");
    } catch (RuntimeException e) {
      errors.show(e, "stageForm");
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  public void move(StageRow row, int by) {
    try {
      administration.moveStage(row.stage().id(), by);
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
    showPipeline();
  }

  public void delete(StageRow row) {
    try {
      administration.deleteStage(row.stage().id());
      errors.info("stage.deleted", row.stage().nameDe());
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
    showPipeline();
  }

  public ForecastCategory[] getForecastCategories() {
    return ForecastCategory.values();
  }

  public StageOutcome[] getOutcomes() {
    return StageOutcome.values();
  }

  public List<PipelineRow> getPipelines() {
    return pipelines;
  }

  public Long getPipelineId() {
    return pipelineId;
  }

  public void setPipelineId(Long pipelineId) {
    this.pipelineId = pipelineId;
  }

  public String getNameDe() {
    return nameDe;
  }

  public void setNameDe(String nameDe) {
    this.nameDe = nameDe;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public List<StageRow> getStages() {
    return stages;
  }

  public StageForm getStage() {
    return stage;
  }

  public String getNewNameDe() {
    return newNameDe;
  }

  public void setNewNameDe(String newNameDe) {
    this.newNameDe = newNameDe;
  }

  public String getNewNameEn() {
    return newNameEn;
  }

  public void setNewNameEn(String newNameEn) {
    this.newNameEn = newNameEn;
  }
}
