package de.opencrm.domain.lead.scoring;

import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * A scoring rule as the administrator keeps it: what it looks at, for which values, how many
 * points.
 */
@Entity
@Table(name = "crm_lead_scoring_rule")
@NamedQuery(
    name = "ScoringRule.findAll",
    query = "SELECT r FROM ScoringRule r ORDER BY r.criterion, r.id")
public class ScoringRule extends AuditedEntity implements AuditLabelled {

  /** Points a rule may give or take. */
  public static final int MAX_POINTS = 100;

  @Id
  @SequenceGenerator(
      name = "crm_lead_scoring_rule_seq",
      sequenceName = "crm_lead_scoring_rule_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_lead_scoring_rule_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ScoreCriterion criterion;

  @Column(name = "match_values", length = 500)
  private String matchValues;

  @Column(nullable = false)
  private int points;

  @Column(nullable = false)
  private boolean active = true;

  protected ScoringRule() {}

  public ScoringRule(ScoreCriterion criterion, List<String> values, int points) {
    change(criterion, values, points);
  }

  /** Values come checked by ScoreValues. */
  public final void change(ScoreCriterion newCriterion, List<String> values, int newPoints) {
    this.criterion = newCriterion;
    this.matchValues = values.isEmpty() ? null : String.join(",", values);
    this.points = Math.max(-MAX_POINTS, Math.min(MAX_POINTS, newPoints));
  }

  public void activate(boolean on) {
    this.active = on;
  }

  public ScoreCheck check() {
    return new ScoreCheck(criterion, values(), points);
  }

  public List<String> values() {
    return matchValues == null ? List.of() : Arrays.asList(matchValues.split(","));
  }

  @Override
  public String auditLabel() {
    return criterion + (matchValues == null ? "" : " " + matchValues) + " " + points;
  }

  public Long getId() {
    return id;
  }

  public ScoreCriterion getCriterion() {
    return criterion;
  }

  public int getPoints() {
    return points;
  }

  public boolean isActive() {
    return active;
  }
}
