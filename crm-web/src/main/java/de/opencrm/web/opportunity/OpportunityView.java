package de.opencrm.web.opportunity;

import de.opencrm.application.account.AccountService;
import de.opencrm.application.opportunity.BuyingContact;
import de.opencrm.application.opportunity.ContactChoice;
import de.opencrm.application.opportunity.OpportunityDetail;
import de.opencrm.application.opportunity.OpportunityForm;
import de.opencrm.application.opportunity.OpportunityService;
import de.opencrm.application.opportunity.PipelineOption;
import de.opencrm.application.opportunity.StageOption;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.opportunity.BuyingRole;
import de.opencrm.domain.opportunity.ForecastCategory;
import de.opencrm.domain.opportunity.StageOutcome;
import de.opencrm.web.account.AccountChoice;
import de.opencrm.web.page.EditOnDemand;
import de.opencrm.web.page.FacesErrors;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One opportunity, or a new one (on the account named by the page's parameter, if any): its values,
 * its stage with the stage's probability, and the stages it went through with the time it spent in
 * each. Moving into a lost stage asks for the reason.
 */
@Named
@ViewScoped
public class OpportunityView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "opportunityForm";

  /** How far ahead a new opportunity is expected to close unless the user says otherwise. */
  static final int DEFAULT_CLOSE_DAYS = 90;

  @Inject OpportunityService opportunities;
  @Inject AccountService accounts;
  @Inject FacesErrors errors;

  private Long id;
  private boolean editing;
  private Long accountId;
  private OpportunityDetail detail;
  private OpportunityForm form;
  private List<StageOption> stages;
  private List<PipelineOption> pipelines;
  private List<BuyingContact> buyingContacts = List.of();
  private List<ContactChoice> contactChoices = List.of();
  private Long chosenContactId;
  private BuyingRole chosenRole = BuyingRole.DECISION_MAKER;

  /** Loads the opportunity of the page's id, or starts a new one. */
  public void load() {
    try {
      if (id == null) {
        form = new OpportunityForm();
        form.setExpectedClose(LocalDate.now().plusDays(DEFAULT_CLOSE_DAYS));
        if (accountId != null) {
          form.setAccountId(accountId);
          form.setAccountName(accounts.loadAccount(accountId).getName());
        }
        detail = null;
      } else {
        detail = opportunities.loadOpportunity(id);
        form = detail.form();
        loadBuyingContacts();
      }
      pipelines = opportunities.pipelines();
      if (form.getPipelineId() == null && !pipelines.isEmpty()) {
        form.setPipelineId(pipelines.get(0).id());
      }
      stages = opportunities.stagesOf(form.getPipelineId());
      if (form.getStageId() == null && !stages.isEmpty()) {
        form.setStageId(stages.get(0).id());
      }
    } catch (RuntimeException e) {
      form = null;
      errors.show(e, null);
    }
  }

  /** The stage the opportunity is in, for the header and the read-only fields. */
  public StageOption getStage() {
    if (form == null || stages == null || form.getStageId() == null) {
      return null;
    }
    return stages.stream().filter(s -> s.id() == form.getStageId()).findFirst().orElse(null);
  }

  /** Whether the fields show as a form rather than read-only: new, or after "Bearbeiten". */
  public boolean isEditing() {
    return form != null && EditOnDemand.editing(form.isNew(), editing, true, false);
  }

  public void setEditing(boolean editing) {
    this.editing = editing;
  }

  /** Saves and shows the opportunity again, with its stage history. */
  public String save() {
    try {
      boolean created = form.isNew();
      long saved = opportunities.saveOpportunity(form);
      errors.info(created ? "opportunity.created" : "opportunity.saved", form.getName());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/opportunities/opportunity.xhtml?faces-redirect=true&tab=details&id=" + saved;
    } catch (RuntimeException e) {
      errors.show(e, FORM);
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
  }

  private void loadBuyingContacts() {
    buyingContacts = opportunities.buyingContacts(id);
    contactChoices = opportunities.contactsToChoose(id);
  }

  /** Puts the chosen person on the opportunity in the chosen role. */
  public void assignBuyingRole() {
    try {
      if (chosenContactId == null) {
        errors.showAt(new BusinessException("opportunity.choosePerson"), "buyingForm:person");
        return;
      }
      opportunities.assignBuyingRole(id, chosenContactId, chosenRole);
      chosenContactId = null;
      loadBuyingContacts();
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
  }

  public void removeBuyingRole(BuyingContact role) {
    try {
      opportunities.removeBuyingRole(role.id());
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
    loadBuyingContacts();
  }

  public BuyingRole[] getBuyingRoles() {
    return BuyingRole.values();
  }

  public List<BuyingContact> getBuyingContacts() {
    return buyingContacts;
  }

  public List<ContactChoice> getContactChoices() {
    return contactChoices;
  }

  public Long getChosenContactId() {
    return chosenContactId;
  }

  public void setChosenContactId(Long chosenContactId) {
    this.chosenContactId = chosenContactId;
  }

  public BuyingRole getChosenRole() {
    return chosenRole;
  }

  public void setChosenRole(BuyingRole chosenRole) {
    this.chosenRole = chosenRole;
  }

  /** Another pipeline chosen for a new opportunity: its stages, starting in the first. */
  public void pipelineChosen() {
    stages = opportunities.stagesOf(form.getPipelineId());
    form.setStageId(stages.isEmpty() ? null : stages.get(0).id());
  }

  /** Whether the stage chosen in the form closes the opportunity as lost (the reason is asked). */
  public boolean isLostChosen() {
    return form != null
        && stages != null
        && stages.stream()
            .anyMatch(
                s ->
                    s.outcome() == StageOutcome.LOST
                        && Long.valueOf(s.id()).equals(form.getStageId()));
  }

  /** Companies whose name fits what the user typed. */
  public List<AccountChoice> completeAccounts(String typed) {
    return accounts.listAccounts(new PageRequest(0, 10, "name", true, typed)).rows().stream()
        .map(a -> new AccountChoice(a.id(), a.fullName()))
        .toList();
  }

  public AccountChoice getAccount() {
    return form == null || form.getAccountId() == null
        ? null
        : new AccountChoice(form.getAccountId(), form.getAccountName());
  }

  public void setAccount(AccountChoice account) {
    form.setAccountId(account == null ? null : account.id());
    form.setAccountName(account == null ? null : account.name());
  }

  public ForecastCategory[] getForecastCategories() {
    return ForecastCategory.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getAccountId() {
    return accountId;
  }

  public void setAccountId(Long accountId) {
    this.accountId = accountId;
  }

  public OpportunityDetail getDetail() {
    return detail;
  }

  public OpportunityForm getForm() {
    return form;
  }

  public List<PipelineOption> getPipelines() {
    return pipelines;
  }

  public List<StageOption> getStages() {
    return stages;
  }
}
