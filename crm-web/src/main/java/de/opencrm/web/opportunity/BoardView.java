package de.opencrm.web.opportunity;

import de.opencrm.application.admin.TeamAdministrationService;
import de.opencrm.application.admin.TeamOption;
import de.opencrm.application.opportunity.BoardColumn;
import de.opencrm.application.opportunity.OpportunityService;
import de.opencrm.application.opportunity.PipelineOption;
import de.opencrm.application.opportunity.StageOption;
import de.opencrm.domain.admin.UserOption;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.opportunity.OpportunityRepository;
import de.opencrm.domain.opportunity.OpportunityRow;
import de.opencrm.domain.opportunity.StageOutcome;
import de.opencrm.web.page.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.PrimeFaces;

/**
 * The sales board: one column per stage of a pipeline with count, sum and weighted sum, the
 * opportunities as cards. A card dropped on an open stage moves at once; dropped on a lost stage it
 * asks for the reason, on a won stage for confirmation. The same dialog moves a card from the
 * keyboard. A move that comes too late (someone else moved or changed the card) says so and shows
 * the board as it is now.
 */
@Named
@ViewScoped
public class BoardView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String MOVE_DIALOG = "moveDialog";

  @Inject OpportunityService opportunities;
  @Inject TeamAdministrationService teamAdministration;
  @Inject FacesErrors errors;

  private Long pipelineId;
  private String owner;
  private Long teamId;
  private LocalDate closeFrom;
  private LocalDate closeTo;
  private String search;

  private List<PipelineOption> pipelines;
  private List<TeamOption> teams;
  private List<UserOption> owners;
  private List<StageOption> stages;
  private List<BoardColumn> columns;

  private OpportunityRow moving;
  private Long targetStageId;
  private String lostReason;

  @PostConstruct
  void init() {
    pipelines = opportunities.pipelines();
    teams = teamAdministration.listTeams();
    owners = opportunities.owners();
    if (OpportunityService.MINE.equals(parameter("owner"))) {
      owner = OpportunityService.MINE;
    }
    refresh();
  }

  /** Reads the board again with the current filter. */
  public void refresh() {
    try {
      stages = opportunities.stagesOf(pipelineId);
      columns = opportunities.board(criteria());
    } catch (RuntimeException e) {
      columns = List.of();
      errors.show(e, null);
    }
  }

  private PageRequest criteria() {
    Map<String, String> criteria = new HashMap<>();
    criteria.put(
        OpportunityRepository.PIPELINE, pipelineId == null ? null : String.valueOf(pipelineId));
    criteria.put(OpportunityRepository.OWNER, owner);
    criteria.put(OpportunityRepository.TEAM, teamId == null ? null : String.valueOf(teamId));
    criteria.put(OpportunityRepository.CLOSE_FROM, closeFrom == null ? null : closeFrom.toString());
    criteria.put(OpportunityRepository.CLOSE_TO, closeTo == null ? null : closeTo.toString());
    return new PageRequest(0, 1, null, true, search, criteria);
  }

  /**
   * A card was dropped on a column (the page's script sends which card, in which version, onto
   * which stage): an open stage takes it at once, a closing stage asks first.
   */
  public void dropped() {
    Map<String, String> sent =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    Optional<OpportunityRow> card = card(number(sent.get("opportunity")));
    Long stageId = number(sent.get("stage"));
    Optional<StageOption> stage = stage(stageId);
    if (card.isEmpty() || stage.isEmpty()) {
      refresh();
      return;
    }
    if (card.get().stageId() == stageId) {
      return;
    }
    moving = card.get();
    targetStageId = stageId;
    lostReason = null;
    if (stage.get().outcome() == StageOutcome.OPEN) {
      move();
    } else {
      PrimeFaces.current().executeScript("PF('" + MOVE_DIALOG + "').show()");
    }
  }

  /** A card's "change stage" button: the dialog asks where to. */
  public void choose(OpportunityRow card) {
    moving = card;
    targetStageId = card.stageId();
    lostReason = null;
  }

  /** Moves the chosen card to the chosen stage, in the version the board showed. */
  public void move() {
    if (moving == null || targetStageId == null) {
      return;
    }
    try {
      if (targetStageId != moving.stageId()) {
        opportunities.moveToStage(moving.id(), moving.version(), targetStageId, lostReason);
        errors.info(
            "board.moved", moving.name(), stage(targetStageId).map(this::stageName).orElse(""));
      }
      moving = null;
      PrimeFaces.current().executeScript("PF('" + MOVE_DIALOG + "').hide()");
      refresh();
    } catch (RuntimeException e) {
      if (isLostReasonMissing(e)) {
        errors.show(e, "moveForm");
        FacesContext.getCurrentInstance().validationFailed();
        return;
      }
      errors.show(
          FacesErrors.isConcurrentEdit(e)
              ? new BusinessException("board.changedMeanwhile", moving.name())
              : e,
          null);
      moving = null;
      PrimeFaces.current().executeScript("PF('" + MOVE_DIALOG + "').hide()");
      refresh();
    }
  }

  private static boolean isLostReasonMissing(RuntimeException e) {
    return e instanceof BusinessException b
        && "opportunity.lostReasonRequired".equals(b.getMessageKey());
  }

  /** Whether the stage chosen in the dialog closes the opportunity as lost, or as won. */
  public boolean isLostChosen() {
    return stage(targetStageId).map(s -> s.outcome() == StageOutcome.LOST).orElse(false);
  }

  public boolean isWonChosen() {
    return stage(targetStageId).map(s -> s.outcome() == StageOutcome.WON).orElse(false);
  }

  private String stageName(StageOption stage) {
    return "de".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage())
        ? stage.nameDe()
        : stage.nameEn();
  }

  private Optional<OpportunityRow> card(Long id) {
    if (id == null || columns == null) {
      return Optional.empty();
    }
    return columns.stream().flatMap(c -> c.cards().stream()).filter(c -> c.id() == id).findFirst();
  }

  private Optional<StageOption> stage(Long id) {
    if (id == null || stages == null) {
      return Optional.empty();
    }
    return stages.stream().filter(s -> s.id() == id).findFirst();
  }

  private static Long number(String text) {
    try {
      return text == null ? null : Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String parameter(String name) {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(name);
  }

  public List<BoardColumn> getColumns() {
    return columns;
  }

  public List<StageOption> getStages() {
    return stages;
  }

  public List<PipelineOption> getPipelines() {
    return pipelines;
  }

  public List<UserOption> getOwners() {
    return owners;
  }

  public List<TeamOption> getTeams() {
    return teams;
  }

  public OpportunityRow getMoving() {
    return moving;
  }

  public Long getPipelineId() {
    return pipelineId;
  }

  public void setPipelineId(Long pipelineId) {
    this.pipelineId = pipelineId;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public Long getTeamId() {
    return teamId;
  }

  public void setTeamId(Long teamId) {
    this.teamId = teamId;
  }

  public LocalDate getCloseFrom() {
    return closeFrom;
  }

  public void setCloseFrom(LocalDate closeFrom) {
    this.closeFrom = closeFrom;
  }

  public LocalDate getCloseTo() {
    return closeTo;
  }

  public void setCloseTo(LocalDate closeTo) {
    this.closeTo = closeTo;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public Long getTargetStageId() {
    return targetStageId;
  }

  public void setTargetStageId(Long targetStageId) {
    this.targetStageId = targetStageId;
  }

  public String getLostReason() {
    return lostReason;
  }

  public void setLostReason(String lostReason) {
    this.lostReason = lostReason;
  }
}
