package de.opencrm.application.lead.routing;

import de.opencrm.domain.account.CompanySize;
import de.opencrm.domain.lead.LeadSource;
import de.opencrm.domain.lead.routing.Distribution;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A routing rule as the administrator edits it. Lists are typed as people say them, separated by
 * commas: countries "DE, AT", postal regions "0-1, 4, 40000-47999", industries, languages "de, en".
 * The leads go to one user, or to a team shared as {@code distribution} says.
 */
public class RuleForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Who a rule's leads go to. */
  public enum Target {
    USER,
    TEAM
  }

  private Long id;
  private long version;

  @NotBlank
  @Size(max = 100)
  private String name;

  private boolean active = true;

  @Size(max = 200)
  private String countries;

  @Size(max = 200)
  private String postalRanges;

  @Size(max = 500)
  private String industries;

  // arrays rather than lists, so the checkboxes know their enum type
  private CompanySize[] companySizes = new CompanySize[0];
  private LeadSource[] sources = new LeadSource[0];

  @Size(max = 50)
  private String languages;

  @Min(0)
  @Max(100)
  private Integer minScore;

  @Min(0)
  @Max(100)
  private Integer maxScore;

  @NotNull private Target target = Target.TEAM;
  private Long userId;
  private Long teamId;
  @NotNull private Distribution distribution = Distribution.ROUND_ROBIN;

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public String getCountries() {
    return countries;
  }

  public void setCountries(String countries) {
    this.countries = countries;
  }

  public String getPostalRanges() {
    return postalRanges;
  }

  public void setPostalRanges(String postalRanges) {
    this.postalRanges = postalRanges;
  }

  public String getIndustries() {
    return industries;
  }

  public void setIndustries(String industries) {
    this.industries = industries;
  }

  public CompanySize[] getCompanySizes() {
    return companySizes.clone();
  }

  public void setCompanySizes(CompanySize[] companySizes) {
    this.companySizes = companySizes == null ? new CompanySize[0] : companySizes.clone();
  }

  public LeadSource[] getSources() {
    return sources.clone();
  }

  public void setSources(LeadSource[] sources) {
    this.sources = sources == null ? new LeadSource[0] : sources.clone();
  }

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String languages) {
    this.languages = languages;
  }

  public Integer getMinScore() {
    return minScore;
  }

  public void setMinScore(Integer minScore) {
    this.minScore = minScore;
  }

  public Integer getMaxScore() {
    return maxScore;
  }

  public void setMaxScore(Integer maxScore) {
    this.maxScore = maxScore;
  }

  public Target getTarget() {
    return target;
  }

  public void setTarget(Target target) {
    this.target = target;
  }

  public Long getUserId() {
    return userId;
  }

  public void setUserId(Long userId) {
    this.userId = userId;
  }

  public Long getTeamId() {
    return teamId;
  }

  public void setTeamId(Long teamId) {
    this.teamId = teamId;
  }

  public Distribution getDistribution() {
    return distribution;
  }

  public void setDistribution(Distribution distribution) {
    this.distribution = distribution;
  }
}
