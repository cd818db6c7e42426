package de.opencrm.domain.lead.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What routing remembers between leads on this server, so that many leads can be routed at the same
 * time without locking anything in the database: whose turn it is in each rule (round robin goes on
 * after the last user the rule gave a lead to) and the leads given out whose transactions have not
 * ended yet. Those are added to the open leads the database counts (capacity, least loaded) and to
 * the leads a rule gave recently (weighted), so two leads routed at the same moment see each other.
 * Deciding is one short critical section of plain Java; the database reads happen before it.
 *
 * <p>Open leads per user are counted in the database at most every {@link #RECOUNT} and in between
 * carried forward with the leads this server gave out since (counting a lead twice rather than not
 * at all when its commit and a count cross); leads closed by users count until the next recount.
 *
 * <p>The turns start from the database (the owner of the rule's latest lead) the first time a rule
 * routes after a start; with several servers each keeps its own turns and counts.
 */
public final class RoutingLedger {

  /** How long a user's count of open leads from the database is carried forward. */
  public static final Duration RECOUNT = Duration.ofSeconds(10);

  private record Count(int open, Instant at) {}

  private final Map<Long, Count> counted = new HashMap<>();
  private final Map<Long, List<Instant>> storedSince = new HashMap<>();
  private final Map<Long, Long> lastAssigned = new HashMap<>();
  private final Map<Long, Integer> pendingByUser = new HashMap<>();
  private final Map<RuleUser, Integer> pendingByRule = new HashMap<>();

  private record RuleUser(long ruleId, long userId) {}

  /** A lead given out whose transaction has not ended; released when it ends either way. */
  public record Pending(Long ruleId, long userId) {}

  /** The rules among these whose turn the ledger does not know yet. */
  public synchronized Set<Long> unknownTurns(Collection<Long> ruleIds) {
    return ruleIds.stream().filter(id -> !lastAssigned.containsKey(id)).collect(Collectors.toSet());
  }

  /** The users among these whose open leads must be counted in the database (again). */
  public synchronized Set<Long> countsDue(Collection<Long> userIds, Instant now) {
    return userIds.stream()
        .filter(
            id -> {
              Count count = counted.get(id);
              return count == null || count.at().plus(RECOUNT).isBefore(now);
            })
        .collect(Collectors.toSet());
  }

  /**
   * Takes the open leads counted in the database for these users (absent: none), the count begun at
   * the given moment; leads stored before it are in the count.
   */
  public synchronized void counted(Collection<Long> userIds, Map<Long, Integer> open, Instant at) {
    for (Long id : userIds) {
      counted.put(id, new Count(open.getOrDefault(id, 0), at));
      List<Instant> since = storedSince.get(id);
      if (since != null) {
        since.removeIf(stored -> stored.isBefore(at));
      }
    }
  }

  /** Open leads per user: the last count and the leads stored since (not the pending ones). */
  public synchronized Map<Long, Integer> openLeads(Collection<Long> userIds) {
    Map<Long, Integer> open = new HashMap<>();
    for (Long id : userIds) {
      Count count = counted.get(id);
      int since = storedSince.getOrDefault(id, List.of()).size();
      open.put(id, (count == null ? 0 : count.open()) + since);
    }
    return open;
  }

  /** Takes the turns read from the database for rules the ledger did not know. */
  public synchronized void learnTurns(Map<Long, Long> fromDatabase) {
    fromDatabase.forEach(lastAssigned::putIfAbsent);
  }

  /**
   * Decides like {@link LeadRouter#route} with the pending leads counted and the remembered turns;
   * when someone gets the lead, moves the rule's turn on and counts the lead as pending until
   * {@link #release} is called with the returned handle (null when nobody got it).
   */
  public synchronized Decided route(
      LeadFacts lead, List<RoutableRule> rules, Candidate defaultOwner) {
    RoutingDecision decision = decide(lead, rules, defaultOwner);
    if (!decision.assigned()) {
      return new Decided(decision, null);
    }
    long userId = decision.owner().userId();
    pendingByUser.merge(userId, 1, Integer::sum);
    if (decision.ruleId() != null) {
      lastAssigned.put(decision.ruleId(), userId);
      pendingByRule.merge(new RuleUser(decision.ruleId(), userId), 1, Integer::sum);
    }
    return new Decided(decision, new Pending(decision.ruleId(), userId));
  }

  /** The same decision without giving anything out: the simulation. */
  public synchronized RoutingDecision preview(
      LeadFacts lead, List<RoutableRule> rules, Candidate defaultOwner) {
    return decide(lead, rules, defaultOwner);
  }

  /**
   * The lead's transaction ended: stored (at the given moment, counted from now on until a recount
   * has it), or rolled back.
   */
  public synchronized void release(Pending pending, boolean stored, Instant at) {
    if (pending == null) {
      return;
    }
    if (stored) {
      storedSince.computeIfAbsent(pending.userId(), id -> new ArrayList<>()).add(at);
    }
    pendingByUser.computeIfPresent(pending.userId(), (k, n) -> n > 1 ? n - 1 : null);
    if (pending.ruleId() != null) {
      pendingByRule.computeIfPresent(
          new RuleUser(pending.ruleId(), pending.userId()), (k, n) -> n > 1 ? n - 1 : null);
    }
  }

  /** The leads given out and not yet ended, for all users. */
  public synchronized int pending() {
    return pendingByUser.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** A decision and the handle to release its pending lead with. */
  public record Decided(RoutingDecision decision, Pending pending) {}

  private RoutingDecision decide(LeadFacts lead, List<RoutableRule> rules, Candidate fallback) {
    List<RoutableRule> current =
        rules.stream()
            .map(
                r ->
                    new RoutableRule(
                        r.id(),
                        r.name(),
                        r.conditions(),
                        r.distribution(),
                        r.candidates().stream().map(c -> withPending(c, r.id())).toList(),
                        lastAssigned.getOrDefault(r.id(), r.lastAssigned())))
            .toList();
    return LeadRouter.route(lead, current, fallback == null ? null : withPending(fallback, null));
  }

  private Candidate withPending(Candidate c, Long ruleId) {
    int open = pendingByUser.getOrDefault(c.userId(), 0);
    int recent =
        ruleId == null ? 0 : pendingByRule.getOrDefault(new RuleUser(ruleId, c.userId()), 0);
    if (open == 0 && recent == 0) {
      return c;
    }
    return new Candidate(
        c.userId(),
        c.username(),
        c.displayName(),
        c.absent(),
        c.openLeads() + open,
        c.capacity(),
        c.weight(),
        c.recentlyRouted() + recent);
  }
}
