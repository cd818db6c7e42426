package de.opencrm.web.lead;

import de.opencrm.application.admin.TeamAdministrationService;
import de.opencrm.application.admin.TeamOption;
import de.opencrm.application.lead.routing.AbsenceRow;
import de.opencrm.application.lead.routing.LeadRoutingService;
import de.opencrm.application.lead.routing.LeadTaker;
import de.opencrm.application.lead.routing.RoutingRulesService;
import de.opencrm.application.lead.routing.RuleForm;
import de.opencrm.application.lead.routing.RuleRow;
import de.opencrm.domain.account.CompanySize;
import de.opencrm.domain.admin.UserOption;
import de.opencrm.domain.lead.LeadSource;
import de.opencrm.domain.lead.routing.Distribution;
import de.opencrm.domain.lead.routing.LeadFacts;
import de.opencrm.domain.lead.routing.RoutingConditions;
import de.opencrm.domain.lead.routing.RoutingDecision;
import de.opencrm.web.page.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.event.ReorderEvent;

/**
 * Lead routing for the administrator: the rules in order (drag a row, or move it with the arrow
 * buttons), their edit dialog, the default owner, a simulation with a sample lead, the absence
 * calendar and each person's capacity and weight.
 *
 * <p>Longer than 300 lines: the routing page edits the rules, their order, each rule's conditions
 * and the agents' absences together, in one view scope the page's dialogs share.
 */
@Named
@ViewScoped
public class RoutingRulesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RoutingRulesService routing;
  @Inject LeadRoutingService router;
  @Inject TeamAdministrationService teams;
  @Inject FacesErrors errors;

  private List<RuleRow> rules;
  private List<TeamOption> teamOptions;
  private List<UserOption> userOptions;
  private RuleForm form = new RuleForm();
  private Long defaultOwnerId;
  private final Sample sample = new Sample();
  private RoutingDecision simulation;
  private List<AbsenceRow> absences;
  private Long absenceUser;
  private LocalDate firstDay;
  private LocalDate lastDay;
  private String absenceNote;
  private List<LeadTaker> takers;
  private Long takerUser;
  private Integer takerCapacity;
  private int takerWeight = 1;
  private int escalationHours;
  private boolean escalationReroute;

  /** A sample lead to simulate routing with. */
  public static class Sample implements Serializable {
    private static final long serialVersionUID = 1L;
    private String country = "DE";
    private String postalCode;
    private String industry;
    private CompanySize companySize;
    private LeadSource source = LeadSource.WEB_FORM;
    private String language = "de";
    private int score;

    LeadFacts facts() {
      return new LeadFacts(country, postalCode, industry, companySize, source, language, score);
    }

    public String getCountry() {
      return country;
    }

    public void setCountry(String country) {
      this.country = country;
    }

    public String getPostalCode() {
      return postalCode;
    }

    public void setPostalCode(String postalCode) {
      this.postalCode = postalCode;
    }

    public String getIndustry() {
      return industry;
    }

    public void setIndustry(String industry) {
      this.industry = industry;
    }

    public CompanySize getCompanySize() {
      return companySize;
    }

    public void setCompanySize(CompanySize companySize) {
      this.companySize = companySize;
    }

    public LeadSource getSource() {
      return source;
    }

    public void setSource(LeadSource source) {
      this.source = source;
    }

    public String getLanguage() {
      return language;
    }

    public void setLanguage(String language) {
      this.language = language;
    }

    public int getScore() {
      return score;
    }

    public void setScore(int score) {
      this.score = score;
    }
  }

  @PostConstruct
  void init() {
    teamOptions = teams.listTeams();
    userOptions = routing.userOptions();
    RoutingRulesService.Escalation escalation = routing.escalation();
    escalationHours = escalation.hours();
    escalationReroute = escalation.reroute();
    reload();
  }

  private void reload() {
    rules = routing.listRules();
    defaultOwnerId = routing.defaultOwnerId();
    absences = routing.listAbsences();
    takers = routing.listLeadTakers();
  }

  public void startNew() {
    form = new RuleForm();
  }

  public void startEdit(RuleRow row) {
    try {
      form = routing.loadRule(row.id());
    } catch (RuntimeException e) {
      errors.show(e, "ruleForm");
    }
  }

  public void save() {
    try {
      routing.saveRule(form);
      errors.info("routing.saved", form.getName());
      PrimeFaces.current().executeScript("PF('ruleDialog').hide()");
      reload();
    } catch (RuntimeException e) {
      errors.show(e, "ruleForm");
    }
  }

  public void delete(RuleRow row) {
    change(() -> routing.deleteRule(row.id(), row.version()), "routing.deleted", row.name());
  }

  public void moveUp(RuleRow row) {
    change(() -> routing.moveRule(row.id(), -1), "routing.moved", row.name());
  }

  public void moveDown(RuleRow row) {
    change(() -> routing.moveRule(row.id(), 1), "routing.moved", row.name());
  }

  /** A row dragged to another place: the table's order is the new order. */
  public void onReorder(ReorderEvent event) {
    List<Long> ids = rules.stream().map(RuleRow::id).toList();
    change(() -> routing.reorderRules(ids), "routing.reordered");
  }

  public void saveDefaultOwner() {
    change(() -> routing.setDefaultOwner(defaultOwnerId), "routing.defaultOwnerSaved");
  }

  public void simulate() {
    try {
      simulation = router.simulate(sample.facts());
    } catch (RuntimeException e) {
      errors.show(e, "simulationForm");
    }
  }

  public void addAbsence() {
    try {
      routing.addAbsence(absenceUser, firstDay, lastDay, absenceNote);
      errors.info("absence.added");
      absenceUser = null;
      firstDay = null;
      lastDay = null;
      absenceNote = null;
      reload();
    } catch (RuntimeException e) {
      errors.show(e, "absenceForm");
    }
  }

  public void removeAbsence(AbsenceRow row) {
    change(() -> routing.removeAbsence(row.id()), "absence.removed");
  }

  public void saveEscalation() {
    try {
      routing.setEscalation(escalationHours, escalationReroute);
      errors.info(escalationHours == 0 ? "escalation.off" : "escalation.saved", escalationHours);
    } catch (RuntimeException e) {
      errors.show(e, "escalationForm");
    }
  }

  public int getEscalationHours() {
    return escalationHours;
  }

  public void setEscalationHours(int escalationHours) {
    this.escalationHours = escalationHours;
  }

  public boolean isEscalationReroute() {
    return escalationReroute;
  }

  public void setEscalationReroute(boolean escalationReroute) {
    this.escalationReroute = escalationReroute;
  }

  public void saveCapacity() {
    try {
      routing.setLeadCapacity(takerUser, takerCapacity, takerWeight);
      errors.info("routing.capacitySaved");
      reload();
    } catch (RuntimeException e) {
      errors.show(e, "capacityForm");
    }
  }

  private void change(Runnable action, String done, Object... arguments) {
    try {
      action.run();
      errors.info(done, arguments);
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
    reload();
  }

  /**
   * A rule's conditions as one line ("Land DE · PLZ 0-4 · Herkunft Messe"); "every lead" if none.
   */
  public String conditionsOf(RuleRow row) {
    RoutingConditions c = row.conditions();
    List<String> parts = new ArrayList<>();
    part(parts, "routing.countries", String.join(", ", c.countries()));
    part(
        parts,
        "routing.postalRanges",
        String.join(", ", c.postalRanges().stream().map(Object::toString).toList()));
    part(parts, "routing.industries", String.join(", ", c.industries()));
    part(
        parts,
        "routing.companySizes",
        String.join(", ", c.companySizes().stream().map(CompanySize::employees).toList()));
    part(
        parts,
        "routing.sources",
        String.join(", ", c.sources().stream().map(x -> errors.text("leadSource." + x)).toList()));
    part(parts, "routing.languages", String.join(", ", c.languages()));
    if (c.minScore() != null || c.maxScore() != null) {
      part(
          parts,
          "routing.scoreBand",
          (c.minScore() == null ? 0 : c.minScore())
              + "–"
              + (c.maxScore() == null ? 100 : c.maxScore()));
    }
    return parts.isEmpty() ? errors.text("routing.everyLead") : String.join(" · ", parts);
  }

  private void part(List<String> parts, String label, String values) {
    if (!values.isEmpty()) {
      parts.add(errors.text(label) + " " + values);
    }
  }

  public List<RuleRow> getRules() {
    return rules;
  }

  public void setRules(List<RuleRow> rules) {
    this.rules = rules;
  }

  public RuleForm getForm() {
    return form;
  }

  public List<TeamOption> getTeamOptions() {
    return teamOptions;
  }

  public List<UserOption> getUserOptions() {
    return userOptions;
  }

  public Long getDefaultOwnerId() {
    return defaultOwnerId;
  }

  public void setDefaultOwnerId(Long defaultOwnerId) {
    this.defaultOwnerId = defaultOwnerId;
  }

  public Sample getSample() {
    return sample;
  }

  public RoutingDecision getSimulation() {
    return simulation;
  }

  public List<AbsenceRow> getAbsences() {
    return absences;
  }

  public Long getAbsenceUser() {
    return absenceUser;
  }

  public void setAbsenceUser(Long absenceUser) {
    this.absenceUser = absenceUser;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public void setFirstDay(LocalDate firstDay) {
    this.firstDay = firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public void setLastDay(LocalDate lastDay) {
    this.lastDay = lastDay;
  }

  public String getAbsenceNote() {
    return absenceNote;
  }

  public void setAbsenceNote(String absenceNote) {
    this.absenceNote = absenceNote;
  }

  public List<LeadTaker> getTakers() {
    return takers;
  }

  public Long getTakerUser() {
    return takerUser;
  }

  public void setTakerUser(Long takerUser) {
    this.takerUser = takerUser;
  }

  public Integer getTakerCapacity() {
    return takerCapacity;
  }

  public void setTakerCapacity(Integer takerCapacity) {
    this.takerCapacity = takerCapacity;
  }

  public int getTakerWeight() {
    return takerWeight;
  }

  public void setTakerWeight(int takerWeight) {
    this.takerWeight = takerWeight;
  }

  public Distribution[] getDistributions() {
    return Distribution.values();
  }

  public LeadSource[] getSources() {
    return LeadSource.values();
  }

  public CompanySize[] getCompanySizes() {
    return CompanySize.values();
  }

  public RuleForm.Target[] getTargets() {
    return RuleForm.Target.values();
  }
}
