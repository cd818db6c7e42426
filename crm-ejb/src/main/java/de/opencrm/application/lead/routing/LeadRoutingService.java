package de.opencrm.application.lead.routing;

import de.opencrm.application.common.AfterTransaction;
import de.opencrm.application.common.CompanyTime;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.lead.AbsenceRepository;
import de.opencrm.domain.lead.Lead;
import de.opencrm.domain.lead.LeadRepository;
import de.opencrm.domain.lead.RoutingRecord;
import de.opencrm.domain.lead.routing.Candidate;
import de.opencrm.domain.lead.routing.Distribution;
import de.opencrm.domain.lead.routing.LeadFacts;
import de.opencrm.domain.lead.routing.RoutableRule;
import de.opencrm.domain.lead.routing.RoutingDecision;
import de.opencrm.domain.lead.routing.RoutingLedger;
import de.opencrm.domain.lead.routing.RoutingRule;
import de.opencrm.domain.lead.routing.RoutingRuleRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
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
import java.util.stream.Collectors;

/**
 * Lead routing: gives a lead its owner by the administrator's rules (LeadRouter), with the people
 * as they stand now (absences of the day, open leads against capacity, weights) and records the
 * decision on the lead. Nothing is locked in the database: the server's routing ledger keeps whose
 * turn it is and counts the leads routed by transactions still running, so leads captured at the
 * same moment are shared as if one came after the other. Also the simulation: the same decision for
 * a sample lead, without giving anything to anyone.
 */
@Stateless
public class LeadRoutingService {

  /** Weighted sharing counts the leads a rule gave in this window. */
  static final Duration WEIGHT_WINDOW = Duration.ofDays(30);

  @Inject RoutingRuleRepository rules;
  @Inject LeadRepository leads;
  @Inject AbsenceRepository absences;
  @Inject UserRepository users;
  @Inject CompanyTime clock;
  @Inject RoutingTurns turns;
  @Resource TransactionSynchronizationRegistry transaction;

  /**
   * Routes a lead that is being captured or re-routed, in the caller's transaction; called by the
   * lead services, which check the caller's permission to create or change the lead.
   */
  @PermitAll
  public RoutingDecision routeLead(@NotNull Lead lead) {
    RoutingLedger ledger = turns.ledger();
    List<RoutingRule> active = activeWithKnownTurns(ledger);
    RoutingLedger.Decided decided = decide(lead.facts(), active, ledger::route);
    RoutingLedger.Pending pending = decided.pending();
    if (pending != null) {
      AfterTransaction.onEnd(
          transaction, committed -> ledger.release(pending, committed, Instant.now()));
    }
    RoutingDecision decision = decided.decision();
    User owner =
        decision.assigned() ? users.findById(decision.owner().userId()).orElseThrow() : null;
    lead.route(owner, RoutingRecord.of(decision, Instant.now()));
    return decision;
  }

  /** Which rule would take a sample lead and who would get it, changing nothing. */
  @RolesAllowed(Role.Names.ADMIN)
  @Permission(area = Area.ADMIN, operation = Operation.READ)
  public RoutingDecision simulate(@NotNull LeadFacts sample) {
    RoutingLedger ledger = turns.ledger();
    return decide(sample, activeWithKnownTurns(ledger), ledger::preview);
  }

  /**
   * The active rules, the ledger knowing each one's turn: after a start it reads the owner of each
   * rule's latest lead, so routing and the simulation both go on from there.
   */
  private List<RoutingRule> activeWithKnownTurns(RoutingLedger ledger) {
    List<RoutingRule> active = rules.activeInOrder();
    Set<Long> unknown = ledger.unknownTurns(active.stream().map(RoutingRule::getId).toList());
    if (!unknown.isEmpty()) {
      ledger.learnTurns(leads.lastOwnersRoutedBy(unknown));
    }
    return active;
  }

  /** How the ledger decides: giving the lead out, or only looking. */
  @FunctionalInterface
  private interface Decision<T> {
    T of(LeadFacts facts, List<RoutableRule> rules, Candidate fallback);
  }

  private <T> T decide(LeadFacts facts, List<RoutingRule> ordered, Decision<T> how) {
    Map<Long, List<User>> teams =
        rules.activeMembersOf(
            ordered.stream()
                .filter(r -> r.getTargetTeam() != null)
                .map(r -> r.getTargetTeam().getId())
                .collect(Collectors.toSet()));
    Map<RoutingRule, List<User>> members = new LinkedHashMap<>();
    Set<Long> everyone = new HashSet<>();
    for (RoutingRule rule : ordered) {
      List<User> who =
          rule.getTargetUser() != null
              ? List.of(rule.getTargetUser())
              : teams.getOrDefault(rule.getTargetTeam().getId(), List.of());
      members.put(rule, who);
      who.forEach(u -> everyone.add(u.getId()));
    }
    Optional<User> defaultOwner = Optional.ofNullable(rules.settings().getDefaultOwner());
    defaultOwner.ifPresent(u -> everyone.add(u.getId()));
    Map<Long, Integer> open = openLeadsOf(everyone);
    Set<Long> absent = absences.absentOn(everyone, clock.today());
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
              null));
    }
    Candidate fallback =
        defaultOwner
            .filter(User::isActive)
            .map(u -> candidate(u, open, absent, Map.of()))
            .orElse(null);
    return how.of(facts, routable, fallback);
  }

  /** Open leads per user as the ledger carries them forward, recounted when due. */
  private Map<Long, Integer> openLeadsOf(Set<Long> users) {
    RoutingLedger ledger = turns.ledger();
    Instant now = Instant.now();
    Set<Long> due = ledger.countsDue(users, now);
    if (!due.isEmpty()) {
      ledger.counted(due, leads.openLeadsOf(due), now);
    }
    return ledger.openLeads(users);
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
