package de.opencrm.web.opportunity;

import de.opencrm.application.opportunity.OpportunityService;
import de.opencrm.application.opportunity.StageOption;
import de.opencrm.domain.opportunity.OpportunityRepository;
import de.opencrm.domain.opportunity.OpportunityRow;
import de.opencrm.domain.opportunity.StageOutcome;
import de.opencrm.web.page.PagedLazyDataModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The opportunity list: open ones by expected close first, filtered by stage, owner ("mine") and
 * name or account; closed ones on request. The board's "more in the list" opens it on a stage.
 */
@Named
@ViewScoped
public class OpportunitiesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject OpportunityService opportunities;

  private PagedLazyDataModel<OpportunityRow> model;
  private List<StageOption> stages;

  @PostConstruct
  void init() {
    model = PagedLazyDataModel.ofPages(opportunities::listOpportunities, OpportunityRow::id);
    model.preferSort("expectedClose", true);
    model.getCriteria().put(OpportunityRepository.OPEN, "true");
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    if (OpportunityService.MINE.equals(parameters.get("owner"))) {
      model.getCriteria().put(OpportunityRepository.OWNER, OpportunityService.MINE);
    }
    stages = opportunities.stagesOf(null);
    String stage = parameters.get("stage");
    stages.stream()
        .filter(s -> String.valueOf(s.id()).equals(stage))
        .findFirst()
        .ifPresent(
            s -> {
              model.getCriteria().put(OpportunityRepository.STAGE, String.valueOf(s.id()));
              if (s.outcome() != StageOutcome.OPEN) {
                model.getCriteria().remove(OpportunityRepository.OPEN);
              }
            });
  }

  public PagedLazyDataModel<OpportunityRow> getModel() {
    return model;
  }

  public List<StageOption> getStages() {
    return stages;
  }
}
