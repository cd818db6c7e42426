package de.opencrm.application.lead;

import de.opencrm.application.common.CompanyTime;
import de.opencrm.application.common.Stamp;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.lead.Lead;
import de.opencrm.domain.lead.LeadRepository;
import de.opencrm.domain.lead.RoutingRecord;
import de.opencrm.domain.lead.routing.Candidate;
import de.opencrm.domain.lead.routing.Distribution;
import de.opencrm.domain.lead.routing.LeadFacts;
import de.opencrm.domain.lead.routing.LeadRouter;
import de.opencrm.domain.lead.routing.RoutableRule;
import de.opencrm.domain.lead.routing.RoutingDecision;
import de.opencrm.domain.lead.routing.RoutingRule;
import de.opencrm.domain.lead.routing.RoutingRuleRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lead routing: gives a lead its owner by the administrator's rules (LeadRouter), with the people
 * as they stand now (absences of the day, open leads against capacity, weights), records the
 * decision on the lead and lets the rule remember whose turn it was. Also the simulation: the same
 * decision for a sample lead, without giving anything to anyone.
 */
@Stateless
public class LeadRoutingService {

  /** Weighted sharing counts the leads a rule gave in this window. */
  static final Duration WEIGHT_WINDOW = Duration.ofDays(30);

  @Inject RoutingRuleRepository rules;
  @Inject LeadRepository leads;
  @Inject UserRepository users;
  @Inject CompanyTime clock;
  @Resource SessionContext context;

  /**
   * Routes a lead that is being captured or re-routed, in the caller's transaction; called by the
   * lead services, which check the caller's permission to create or change the lead.
   */
  @PermitAll
  public RoutingDecision routeLead(@NotNull Lead lead) {
    RoutingDecision decision = decide(lead.facts(), rules.activeInOrderForRouting());
    User owner =
        decision.assigned() ? users.findById(decision.owner().userId()).orElseThrow() : null;
    lead.route(owner, RoutingRecord.of(decision, Instant.now()));
    if (decision.ruleId() != null && owner != null) {
      RoutingRule fired = rules.findById(decision.ruleId()).orElseThrow();
      fired.rememberAssigned(owner.getId());
      Stamp stamp = Stamp.of(context);
      fired.recordModification(stamp.user(), stamp.at());
    }
    return decision;
  }

  /** Which rule would take a sample lead and who would get it, changing nothing. */
  @RolesAllowed(Role.Names.ADMIN)
  @Permission(area = Area.ADMIN, operation = Operation.READ)
  public RoutingDecision simulate(@NotNull LeadFacts sample) {
    List<RoutingRule> active = rules.allInOrder().stream().filter(RoutingRule::isActive).toList();
    return decide(sample, active);
  }

  private RoutingDecision decide(LeadFacts facts, List<RoutingRule> ordered) {
    Map<RoutingRule, List<User>> members = new LinkedHashMap<>();
    Set<Long> everyone = new HashSet<>();
    for (RoutingRule rule : ordered) {
      List<User> who =
          rule.getTargetUser() != null
              ? List.of(rule.getTargetUser())
              : rules.activeMembersOf(rule.getTargetTeam().getId());
      members.put(rule, who);
      who.forEach(u -> everyone.add(u.getId()));
    }
    Optional<User> defaultOwner = Optional.ofNullable(rules.settings().getDefaultOwner());
    defaultOwner.ifPresent(u -> everyone.add(u.getId()));
    Map<Long, Integer> open = leads.openLeadsOf(everyone);
    Set<Long> absent = leads.absentOn(everyone, clock.today());
    List<RoutableRule> routable = new ArrayList<>();
    for (Map.Entry<RoutingRule, List<User>> entry : members.entrySet()) {
      RoutingRule rule = entry.getKey();
      Map<Long, Integer> recent =
          rule.getDistribution() == Distribution.WEIGHTED
              ? leads.routedByRuleSince(rule.getId(), Instant.now().minus(WEIGHT_WINDOW))
              : Map.of();
      routable.add(
          new RoutableRule(
              rule.getId(),
              rule.getName(),
              rule.conditions(),
              rule.getDistribution(),
              entry.getValue().stream().map(u -> candidate(u, open, absent, recent)).toList(),
              rule.getLastAssignedId()));
    }
    Candidate fallback =
        defaultOwner
            .filter(User::isActive)
            .map(u -> candidate(u, open, absent, Map.of()))
            .orElse(null);
    return LeadRouter.route(facts, routable, fallback);
  }

  private static Candidate candidate(
      User user, Map<Long, Integer> open, Set<Long> absent, Map<Long, Integer> recent) {
    return new Candidate(
        user.getId(),
        user.getUsername(),
        user.getDisplayName(),
        absent.contains(user.getId()),
        open.getOrDefault(user.getId(), 0),
        user.getLeadCapacity(),
        user.getLeadWeight(),
        recent.getOrDefault(user.getId(), 0));
  }
}
