package de.opencrm.web.opportunity;

import de.opencrm.application.opportunity.OpportunityService;
import de.opencrm.application.opportunity.StageOption;
import de.opencrm.domain.opportunity.OpportunityRepository;
import de.opencrm.domain.opportunity.OpportunityRow;
import de.opencrm.web.shell.PagedLazyDataModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The opportunity list: open ones by expected close first, filtered by stage, owner ("mine") and
 * name or account; closed ones on request.
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
    String owner =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("owner");
    if (OpportunityService.MINE.equals(owner)) {
      model.getCriteria().put(OpportunityRepository.OWNER, OpportunityService.MINE);
    }
    stages = opportunities.stagesOf(null);
  }

  public PagedLazyDataModel<OpportunityRow> getModel() {
    return model;
  }

  public List<StageOption> getStages() {
    return stages;
  }
}
