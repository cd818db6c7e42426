package de.opencrm.web.lead;

import de.opencrm.application.lead.LeadDetail;
import de.opencrm.application.lead.LeadService;
import de.opencrm.application.lead.conversion.ConversionProposal;
import de.opencrm.application.lead.conversion.ConversionResult;
import de.opencrm.application.lead.conversion.LeadConversionService;
import de.opencrm.application.lead.conversion.OpportunityStart;
import de.opencrm.domain.lead.Lead;
import de.opencrm.domain.lead.LeadStatus;
import de.opencrm.domain.lead.StatusReason;
import de.opencrm.web.page.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

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

  /** The choice "make a new one" among existing accounts or contacts. */
  static final long NEW = 0L;

  /** How far ahead an opportunity opened at conversion is expected to close at first. */
  static final int OPPORTUNITY_CLOSE_DAYS = 90;

  @Inject LeadService leads;
  @Inject LeadConversionService conversion;
  @Inject FacesErrors errors;

  private Long id;
  private LeadDetail detail;
  private LeadStatus nextStatus;
  private StatusReason reason;
  private String note;
  private ConversionProposal proposal;
  private long accountChoice = NEW;
  private long contactChoice = NEW;
  private boolean withOpportunity;
  private OpportunityStart opportunity;

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

  /** Sales accept a marketing qualified lead: it becomes SQL. */
  public void accept() {
    run(() -> leads.changeStatus(id, version(), LeadStatus.SQL, null, null), "lead.accepted");
  }

  /** Sales send a marketing qualified lead back to marketing, with the reason chosen. */
  public void reject() {
    run(
        () -> leads.changeStatus(id, version(), LeadStatus.RECYCLED, reason, note),
        "lead.rejected");
    reason = null;
    note = null;
  }

  /** Shows what the lead would become, with the existing matches to choose from. */
  public void startConversion() {
    try {
      proposal = conversion.propose(id);
      accountChoice =
          proposal.accounts().isEmpty() ? NEW : proposal.accounts().get(0).record().id();
      contactChoice =
          proposal.contacts().isEmpty() ? NEW : proposal.contacts().get(0).record().id();
      Lead lead = detail.lead();
      withOpportunity = false;
      opportunity =
          new OpportunityStart(
              errors.text(
                  "lead.opportunityFor",
                  lead.getCompany() == null ? lead.getPerson().fullName() : lead.getCompany()),
              BigDecimal.ZERO,
              LocalDate.now().plusDays(OPPORTUNITY_CLOSE_DAYS));
    } catch (RuntimeException e) {
      errors.show(e, FORM);
    }
  }

  public void convert() {
    try {
      ConversionResult result =
          conversion.convert(
              id,
              version(),
              accountChoice == NEW ? null : accountChoice,
              contactChoice == NEW ? null : contactChoice,
              withOpportunity ? opportunity : null);
      errors.info(
          result.newContact() ? "lead.convertedNew" : "lead.convertedExisting",
          detail.lead().getPerson().fullName());
      proposal = null;
    } catch (RuntimeException e) {
      errors.show(e, FORM);
    }
    load();
  }

  public boolean isWithOpportunity() {
    return withOpportunity;
  }

  public void setWithOpportunity(boolean withOpportunity) {
    this.withOpportunity = withOpportunity;
  }

  public OpportunityStart getOpportunity() {
    return opportunity;
  }

  public void cancelConversion() {
    proposal = null;
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

  public ConversionProposal getProposal() {
    return proposal;
  }

  public long getAccountChoice() {
    return accountChoice;
  }

  public void setAccountChoice(long accountChoice) {
    this.accountChoice = accountChoice;
  }

  public long getContactChoice() {
    return contactChoice;
  }

  public void setContactChoice(long contactChoice) {
    this.contactChoice = contactChoice;
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

  /**
   * A prediction factor in words: "source=REFERRAL" as "Quelle: Empfehlung", a company size as its
   * employee band, a job title word as the word.
   */
  public String factorLabel(String feature) {
    int eq = feature.indexOf('=');
    if (eq < 0) {
      return feature;
    }
    String name = feature.substring(0, eq);
    String value = feature.substring(eq + 1);
    Object shown =
        switch (name) {
          case "source" -> "leadSource." + value;
          case "size" -> sizeBand(value);
          case "mail", "submissions" -> "prediction." + name + "." + value;
          default -> value;
        };
    return errors.text("prediction.feature." + name, shown);
  }

  private static String sizeBand(String size) {
    try {
      return de.opencrm.domain.account.CompanySize.valueOf(size).employees();
    } catch (IllegalArgumentException unknown) {
      return size;
    }
  }
}
