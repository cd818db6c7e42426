package de.opencrm.web.lead;

import de.opencrm.application.lead.LeadDetail;
import de.opencrm.application.lead.LeadService;
import de.opencrm.domain.lead.LeadStatus;
import de.opencrm.domain.lead.StatusReason;
import de.opencrm.web.shell.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * One lead: who they are, where they came from, who has them and why (the routing decision), and
 * the next steps the user may take: work on it, take it, disqualify or recycle it with a reason,
 * route it again.
 */
@Named
@ViewScoped
public class LeadView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "leadPage";

  @Inject LeadService leads;
  @Inject FacesErrors errors;

  private Long id;
  private LeadDetail detail;
  private LeadStatus nextStatus;
  private StatusReason reason;
  private String note;

  /**
   * Loads the lead named by the page's id parameter; an unknown or invisible one is "not found".
   */
  public void load() {
    if (id == null) {
      return;
    }
    try {
      detail = leads.loadLead(id);
    } catch (RuntimeException e) {
      detail = null;
      errors.show(e, null);
    }
  }

  public void changeStatus() {
    run(() -> leads.changeStatus(id, version(), nextStatus, reason, note), "lead.statusChanged");
    nextStatus = null;
    reason = null;
    note = null;
  }

  public void take() {
    run(() -> leads.takeLead(id, version()), "lead.taken");
  }

  public void reroute() {
    run(() -> leads.rerouteLead(id, version()), "lead.rerouted");
  }

  private void run(Runnable change, String done) {
    try {
      change.run();
      errors.info(done, detail.lead().getPerson().fullName());
    } catch (RuntimeException e) {
      errors.show(e, FORM);
    }
    load();
  }

  private long version() {
    return detail.lead().getVersion();
  }

  public StatusReason[] getReasons() {
    return StatusReason.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public LeadDetail getDetail() {
    return detail;
  }

  public LeadStatus getNextStatus() {
    return nextStatus;
  }

  public void setNextStatus(LeadStatus nextStatus) {
    this.nextStatus = nextStatus;
  }

  public StatusReason getReason() {
    return reason;
  }

  public void setReason(StatusReason reason) {
    this.reason = reason;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
