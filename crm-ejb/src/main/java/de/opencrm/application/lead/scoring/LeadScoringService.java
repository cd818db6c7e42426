package de.opencrm.application.lead.scoring;

import de.opencrm.application.common.Stamp;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.lead.Lead;
import de.opencrm.domain.lead.LeadRepository;
import de.opencrm.domain.lead.LeadSettings;
import de.opencrm.domain.lead.LeadStatus;
import de.opencrm.domain.lead.routing.RoutingRuleRepository;
import de.opencrm.domain.lead.scoring.LeadScorer;
import de.opencrm.domain.lead.scoring.ScoreCard;
import de.opencrm.domain.lead.scoring.ScoreCheck;
import de.opencrm.domain.lead.scoring.ScoreValues;
import de.opencrm.domain.lead.scoring.ScoringFacts;
import de.opencrm.domain.lead.scoring.ScoringRule;
import de.opencrm.domain.lead.scoring.ScoringRuleRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Lead scoring as the administrator configures it (rules, MQL threshold, a preview with a sample
 * lead, scoring the open leads again after a change), and the scoring of each lead as it comes in
 * (LeadScorer), which may make it MQL.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
@Permission(area = Area.ADMIN, operation = Operation.EDIT)
public class LeadScoringService {

  /** Open leads scored again per transaction. */
  static final int BATCH = 200;

  @Inject ScoringRuleRepository scoringRules;
  @Inject RoutingRuleRepository routingRules;
  @Inject LeadRepository leads;
  @Resource SessionContext context;

  /**
   * Scores a lead being captured, entered or scored again, in the caller's transaction; called by
   * the lead services, which check the caller's permission. Returns whether the score changed.
   */
  @PermitAll
  public boolean scoreLead(@NotNull Lead lead) {
    int before = lead.getScore();
    ScoreCard card = LeadScorer.score(scoringRules.activeChecks(), lead.scoringFacts());
    lead.applyScore(card, threshold(), Stamp.of(context).at());
    return before != lead.getScore();
  }

  @Permission(area = Area.ADMIN, operation = Operation.READ)
  public List<ScoringRuleRow> listRules() {
    return scoringRules.all().stream()
        .map(
            r ->
                new ScoringRuleRow(
                    r.getId(),
                    r.getVersion(),
                    r.getCriterion(),
                    r.values(),
                    r.getPoints(),
                    r.isActive()))
        .toList();
  }

  /** Saves a rule, its values checked entry by entry. Returns its id. */
  public long saveRule(@NotNull @Valid ScoringRuleForm form) {
    List<String> values = ScoreValues.parse(form.getCriterion(), form.getValues());
    Stamp stamp = Stamp.of(context);
    ScoringRule rule;
    if (form.isNew()) {
      rule = new ScoringRule(form.getCriterion(), values, form.getPoints());
      rule.activate(form.isActive());
      rule.recordCreation(stamp.user(), stamp.at());
      scoringRules.add(rule);
    } else {
      rule = find(form.getId());
      rule.requireVersion(form.getVersion());
      rule.change(form.getCriterion(), values, form.getPoints());
      rule.activate(form.isActive());
      rule.recordModification(stamp.user(), stamp.at());
    }
    return rule.getId();
  }

  @Permission(area = Area.ADMIN, operation = Operation.DELETE)
  public void deleteRule(long id, long version) {
    ScoringRule rule = find(id);
    rule.requireVersion(version);
    scoringRules.remove(rule);
  }

  @Permission(area = Area.ADMIN, operation = Operation.READ)
  public int threshold() {
    return routingRules.settings().getMqlThreshold();
  }

  /** The score at which a lead becomes MQL by itself; 0 switches that off. */
  public void setThreshold(@Min(0) @Max(100) int threshold) {
    LeadSettings settings = routingRules.settings();
    settings.setMqlThreshold(threshold);
    Stamp stamp = Stamp.of(context);
    settings.recordModification(stamp.user(), stamp.at());
  }

  /** What a sample lead would score by the active rules, changing nothing. */
  @Permission(area = Area.ADMIN, operation = Operation.READ)
  public ScorePreview preview(@NotNull ScoringFacts sample) {
    List<ScoreCheck> active = scoringRules.activeChecks();
    ScoreCard card = LeadScorer.score(active, sample);
    int threshold = threshold();
    return new ScorePreview(card, threshold, LeadScorer.qualifies(card.total(), threshold));
  }

  /**
   * Scores every open lead again by today's rules, a batch per transaction so a large backlog
   * neither holds locks long nor fills memory. Returns how many scores changed.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int rescoreOpenLeads() {
    LeadScoringService self = context.getBusinessObject(LeadScoringService.class);
    int changed = 0;
    long after = 0;
    List<Long> ids = leads.openLeadIdsAfter(after, BATCH);
    while (!ids.isEmpty()) {
      changed += self.rescoreBatch(ids);
      after = ids.get(ids.size() - 1);
      ids = leads.openLeadIdsAfter(after, BATCH);
    }
    return changed;
  }

  /** One batch of rescoreOpenLeads, in its own transaction. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int rescoreBatch(@NotNull List<Long> ids) {
    List<ScoreCheck> active = scoringRules.activeChecks();
    int threshold = threshold();
    Stamp stamp = Stamp.of(context);
    int changed = 0;
    for (Long id : ids) {
      Lead lead = leads.findById(id).orElse(null);
      if (lead == null || !lead.getStatus().isOpen()) {
        continue;
      }
      int before = lead.getScore();
      LeadStatus status = lead.getStatus();
      lead.applyScore(LeadScorer.score(active, lead.scoringFacts()), threshold, stamp.at());
      if (before != lead.getScore() || status != lead.getStatus()) {
        lead.recordModification(stamp.user(), stamp.at());
        changed++;
      }
    }
    return changed;
  }

  private ScoringRule find(long id) {
    return scoringRules
        .findById(id)
        .orElseThrow(() -> new BusinessException("scoring.ruleNotFound"));
  }
}
