package de.opencrm.domain.lead.routing;

import de.opencrm.domain.account.CompanySize;
import de.opencrm.domain.admin.Team;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.Texts;
import de.opencrm.domain.lead.LeadSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A lead routing rule as an administrator configures it: its place in the order, its conditions,
 * and who gets the leads it takes (one user, or a team sharing them round robin, by fewest open
 * leads or by weight). The rule remembers who got its last lead, so round robin goes on in turn.
 */
@Entity
@Table(name = "crm_lead_routing_rule")
@NamedQuery(
    name = "RoutingRule.findAllInOrder",
    query = "SELECT r FROM RoutingRule r ORDER BY r.sortOrder, r.id")
public class RoutingRule extends AuditedEntity implements AuditLabelled {

  @Id
  @SequenceGenerator(
      name = "crm_lead_routing_rule_seq",
      sequenceName = "crm_lead_routing_rule_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_lead_routing_rule_seq")
  private Long id;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false)
  private boolean active = true;

  @Column(length = 200)
  private String countries;

  @Column(name = "postal_ranges", length = 200)
  private String postalRanges;

  @Column(length = 500)
  private String industries;

  @Column(name = "company_sizes", length = 100)
  private String companySizes;

  @Column(length = 200)
  private String sources;

  @Column(length = 50)
  private String languages;

  @Column(name = "min_score")
  private Integer minScore;

  @Column(name = "max_score")
  private Integer maxScore;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "target_user_id")
  private User targetUser;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "target_team_id")
  private Team targetTeam;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Distribution distribution = Distribution.ROUND_ROBIN;

  protected RoutingRule() {}

  public RoutingRule(String name, int sortOrder) {
    rename(name);
    this.sortOrder = sortOrder;
  }

  public final void rename(String newName) {
    this.name = newName.strip();
  }

  public void placeAt(int newSortOrder) {
    this.sortOrder = newSortOrder;
  }

  public void activate(boolean on) {
    this.active = on;
  }

  public void restrictTo(RoutingConditions conditions) {
    countries = joined(conditions.countries(), s -> s.toUpperCase(java.util.Locale.ROOT));
    postalRanges = joined(conditions.postalRanges(), PostalRange::toString);
    industries = joined(conditions.industries(), Function.identity());
    companySizes = joined(conditions.companySizes(), CompanySize::name);
    sources = joined(conditions.sources(), LeadSource::name);
    languages = joined(conditions.languages(), Function.identity());
    minScore = conditions.minScore();
    maxScore = conditions.maxScore();
  }

  public RoutingConditions conditions() {
    return new RoutingConditions(
        split(countries, Function.identity()),
        List.copyOf(split(postalRanges, t -> PostalRange.parse(t).orElseThrow())),
        split(industries, Function.identity()),
        split(companySizes, CompanySize::valueOf),
        split(sources, LeadSource::valueOf),
        split(languages, Function.identity()),
        minScore,
        maxScore);
  }

  /** The leads go to one user. */
  public void giveTo(User user) {
    this.targetUser = user;
    this.targetTeam = null;
    this.distribution = Distribution.ROUND_ROBIN;
  }

  /** The leads go to the members of a team, shared as given. */
  public void giveTo(Team team, Distribution how) {
    this.targetTeam = team;
    this.targetUser = null;
    this.distribution = how;
  }

  private static <T> String joined(Collection<T> values, Function<T, String> text) {
    String joined = values.stream().map(text).sorted().collect(Collectors.joining(","));
    return Texts.trimToNull(joined);
  }

  private static <T> Set<T> split(String text, Function<String, T> parse) {
    if (text == null || text.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(text.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(parse)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  @Override
  public String auditLabel() {
    return name;
  }

  public Long getId() {
    return id;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public String getName() {
    return name;
  }

  public boolean isActive() {
    return active;
  }

  public User getTargetUser() {
    return targetUser;
  }

  public Team getTargetTeam() {
    return targetTeam;
  }

  public Distribution getDistribution() {
    return distribution;
  }
}
