package de.opencrm.web.lead;

import de.opencrm.application.lead.LeadCreated;
import de.opencrm.application.lead.LeadForm;
import de.opencrm.application.lead.LeadService;
import de.opencrm.domain.account.CompanySize;
import de.opencrm.domain.lead.LeadRepository;
import de.opencrm.domain.lead.LeadRow;
import de.opencrm.domain.lead.LeadSource;
import de.opencrm.domain.lead.LeadStatus;
import de.opencrm.web.page.FacesErrors;
import de.opencrm.web.page.PagedLazyDataModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The lead list: filter by status, source, owner ("mine", "nobody's") and minimum score; sort by
 * score for an inbox; enter a lead taken by phone or at a fair, which is routed at once.
 */
@Named
@ViewScoped
public class LeadsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "leadForm";

  @Inject LeadService leads;
  @Inject FacesErrors errors;

  private PagedLazyDataModel<LeadRow> model;
  private LeadForm form = new LeadForm();

  @PostConstruct
  void init() {
    model = PagedLazyDataModel.ofPages(leads::listLeads, LeadRow::id);
    model.preferSort("capturedAt", false);
    String owner =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("owner");
    if (owner != null && !owner.isBlank()) {
      model.getCriteria().put(LeadRepository.OWNER, owner);
      model.preferSort("score", false);
    }
  }

  public PagedLazyDataModel<LeadRow> getModel() {
    return model;
  }

  public LeadForm getForm() {
    return form;
  }

  public void startNew() {
    form = new LeadForm();
  }

  /**
   * Saves the new lead and opens it, where its owner and the routing decision show; a lead routed
   * to a team whose leads the user does not see stays out of reach, and the message says where it
   * went.
   */
  public String save() {
    try {
      LeadCreated created = leads.createLead(form);
      String name =
          form.getFirstName() == null
              ? form.getLastName()
              : form.getFirstName() + " " + form.getLastName();
      if (created.ownerName() == null) {
        errors.info("lead.createdUnassigned", name);
      } else {
        errors.info("lead.createdFor", name, created.ownerName());
      }
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return created.visibleToCaller()
          ? "/leads/lead?faces-redirect=true&id=" + created.id()
          : "/leads/list?faces-redirect=true";
    } catch (RuntimeException e) {
      errors.show(e, FORM);
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
  }

  public LeadStatus[] getStatuses() {
    return LeadStatus.values();
  }

  public LeadSource[] getSources() {
    return LeadSource.values();
  }

  public CompanySize[] getCompanySizes() {
    return CompanySize.values();
  }
}
