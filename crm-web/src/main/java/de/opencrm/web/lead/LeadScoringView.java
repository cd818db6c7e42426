package de.opencrm.web.lead;

import de.opencrm.application.lead.scoring.LeadScoringService;
import de.opencrm.application.lead.scoring.ScorePreview;
import de.opencrm.application.lead.scoring.ScoringRuleForm;
import de.opencrm.application.lead.scoring.ScoringRuleRow;
import de.opencrm.domain.account.CompanySize;
import de.opencrm.domain.lead.LeadSource;
import de.opencrm.domain.lead.scoring.ScoreCriterion;
import de.opencrm.domain.lead.scoring.ScoringFacts;
import de.opencrm.web.page.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lead scoring for the administrator: the rules (added, changed, switched off, deleted), the MQL
 * threshold, a live preview that scores a sample lead as it is typed, and scoring the open leads
 * again after a change.
 */
@Named
@ViewScoped
public class LeadScoringView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "scoringRuleForm";

  @Inject LeadScoringService scoring;
  @Inject FacesErrors errors;

  private List<ScoringRuleRow> rules;
  private ScoringRuleForm form = new ScoringRuleForm();
  private CompanySize[] chosenSizes = new CompanySize[0];
  private LeadSource[] chosenSources = new LeadSource[0];
  private int threshold;
  private final Sample sample = new Sample();
  private ScorePreview preview;

  /** A sample lead for the preview. */
  public static class Sample implements Serializable {
    private static final long serialVersionUID = 1L;
    private String jobTitle;
    private String industry;
    private CompanySize companySize;
    private String country = "DE";
    private String postalCode;
    private LeadSource source = LeadSource.WEB_FORM;
    private String email;
    private int submissions = 1;

    ScoringFacts facts() {
      return new ScoringFacts(
          jobTitle, industry, companySize, country, postalCode, source, email, submissions);
    }

    public String getJobTitle() {
      return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
      this.jobTitle = jobTitle;
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

    public LeadSource getSource() {
      return source;
    }

    public void setSource(LeadSource source) {
      this.source = source;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public int getSubmissions() {
      return submissions;
    }

    public void setSubmissions(int submissions) {
      this.submissions = submissions;
    }
  }

  @PostConstruct
  void init() {
    threshold = scoring.threshold();
    reload();
  }

  private void reload() {
    rules = scoring.listRules();
    updatePreview();
  }

  /** Scores the sample lead again; called as the administrator types. */
  public void updatePreview() {
    try {
      preview = scoring.preview(sample.facts());
    } catch (RuntimeException e) {
      errors.show(e, "previewForm");
    }
  }

  public void startNew() {
    form = new ScoringRuleForm();
    chosenSizes = new CompanySize[0];
    chosenSources = new LeadSource[0];
  }

  public void startEdit(ScoringRuleRow row) {
    startNew();
    form.setId(row.id());
    form.setVersion(row.version());
    form.setCriterion(row.criterion());
    form.setPoints(row.points());
    form.setActive(row.active());
    form.setValues(row.valueList());
    if (row.criterion() == ScoreCriterion.COMPANY_SIZE) {
      chosenSizes = row.values().stream().map(CompanySize::valueOf).toArray(CompanySize[]::new);
    } else if (row.criterion() == ScoreCriterion.SOURCE) {
      chosenSources = row.values().stream().map(LeadSource::valueOf).toArray(LeadSource[]::new);
    }
  }

  public void save() {
    if (form.getCriterion() == ScoreCriterion.COMPANY_SIZE) {
      form.setValues(join(chosenSizes));
    } else if (form.getCriterion() == ScoreCriterion.SOURCE) {
      form.setValues(join(chosenSources));
    }
    try {
      scoring.saveRule(form);
      errors.info("scoring.saved");
      startNew();
      reload();
    } catch (RuntimeException e) {
      if (form.getCriterion() == ScoreCriterion.COMPANY_SIZE) {
        errors.showAt(e, FORM + ":chosenSizes");
      } else if (form.getCriterion() == ScoreCriterion.SOURCE) {
        errors.showAt(e, FORM + ":chosenSources");
      } else {
        errors.show(e, FORM);
      }
    }
  }

  private static String join(Enum<?>[] chosen) {
    return Arrays.stream(chosen).map(Enum::name).collect(Collectors.joining(","));
  }

  public void delete(ScoringRuleRow row) {
    try {
      scoring.deleteRule(row.id(), row.version());
      errors.info("scoring.deleted");
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
    reload();
  }

  public void saveThreshold() {
    try {
      scoring.setThreshold(threshold);
      errors.info("scoring.thresholdSaved", threshold);
      updatePreview();
    } catch (RuntimeException e) {
      errors.show(e, "thresholdForm");
    }
  }

  public void rescore() {
    try {
      int changed = scoring.rescoreOpenLeads();
      errors.info("scoring.rescored", changed);
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
  }

  /** A rule's values for reading: sizes as employee bands, sources by name. */
  public String valuesOf(ScoringRuleRow row) {
    switch (row.criterion()) {
      case COMPANY_SIZE:
        return row.values().stream()
            .map(v -> CompanySize.valueOf(v).employees())
            .collect(Collectors.joining(", "));
      case SOURCE:
        return row.values().stream()
            .map(v -> errors.text("leadSource." + v))
            .collect(Collectors.joining(", "));
      default:
        return row.valueList();
    }
  }

  public boolean isListCriterion() {
    return form.getCriterion().needsValues()
        && form.getCriterion() != ScoreCriterion.COMPANY_SIZE
        && form.getCriterion() != ScoreCriterion.SOURCE;
  }

  public ScoreCriterion[] getCriteria() {
    return ScoreCriterion.values();
  }

  public CompanySize[] getCompanySizes() {
    return CompanySize.values();
  }

  public LeadSource[] getSources() {
    return LeadSource.values();
  }

  public List<ScoringRuleRow> getRules() {
    return rules;
  }

  public ScoringRuleForm getForm() {
    return form;
  }

  public CompanySize[] getChosenSizes() {
    return chosenSizes;
  }

  public void setChosenSizes(CompanySize[] chosenSizes) {
    this.chosenSizes = chosenSizes;
  }

  public LeadSource[] getChosenSources() {
    return chosenSources;
  }

  public void setChosenSources(LeadSource[] chosenSources) {
    this.chosenSources = chosenSources;
  }

  public int getThreshold() {
    return threshold;
  }

  public void setThreshold(int threshold) {
    this.threshold = threshold;
  }

  public Sample getSample() {
    return sample;
  }

  public ScorePreview getPreview() {
    return preview;
  }
}
