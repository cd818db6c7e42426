package de.opencrm.domain.lead.routing;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.domain.account.CompanySize;
import de.opencrm.domain.lead.LeadSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RoutingLedgerTest {

  private static final LeadFacts LEAD =
      new LeadFacts("DE", "50667", "Logistik", CompanySize.MEDIUM, LeadSource.WEB_FORM, "de", 40);

  private static Candidate member(long id, int open, Integer capacity) {
    return new Candidate(id, "u" + id, "User " + id, false, open, capacity, 1, 0);
  }

  private static RoutableRule team(Distribution how, Candidate... members) {
    return new RoutableRule(7, "Team", RoutingConditions.any(), how, List.of(members), null);
  }

  @Test
  void roundRobinGoesOnFromTheTurnReadFromTheDatabase() {
    RoutingLedger ledger = new RoutingLedger();
    assertThat(ledger.unknownTurns(List.of(7L, 8L))).containsExactlyInAnyOrder(7L, 8L);
    ledger.learnTurns(Map.of(7L, 2L));
    assertThat(ledger.unknownTurns(List.of(7L, 8L))).containsExactly(8L);

    List<RoutableRule> rules =
        List.of(
            team(
                Distribution.ROUND_ROBIN,
                member(1, 0, null),
                member(2, 0, null),
                member(3, 0, null)));
    List<Long> owners = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      RoutingLedger.Decided decided = ledger.route(LEAD, rules, null);
      owners.add(decided.decision().owner().userId());
      ledger.release(decided.pending(), true, Instant.now());
    }
    assertThat(owners).containsExactly(3L, 1L, 2L, 3L);
  }

  @Test
  void leadsStillBeingStoredCountAgainstCapacityAndLoadUntilReleased() {
    RoutingLedger ledger = new RoutingLedger();
    List<RoutableRule> rules =
        List.of(team(Distribution.LEAST_OPEN, member(1, 4, 5), member(2, 5, 6)));

    RoutingLedger.Decided first = ledger.route(LEAD, rules, null);
    assertThat(first.decision().owner().userId()).isEqualTo(1L);
    // user 1 now holds 5 with the pending lead: at capacity, so user 2 takes the next
    RoutingLedger.Decided second = ledger.route(LEAD, rules, null);
    assertThat(second.decision().owner().userId()).isEqualTo(2L);
    assertThat(second.decision().verdicts())
        .extracting(CandidateVerdict::outcome)
        .contains(CandidateVerdict.Outcome.AT_CAPACITY);
    // both at capacity while their leads are pending: nobody, and nothing is counted
    RoutingLedger.Decided third = ledger.route(LEAD, rules, null);
    assertThat(third.decision().assigned()).isFalse();
    assertThat(third.pending()).isNull();
    assertThat(ledger.pending()).isEqualTo(2);

    // the first transaction rolled back: its lead is gone, user 1 has room again
    ledger.release(first.pending(), false, Instant.now());
    assertThat(ledger.route(LEAD, rules, null).decision().owner().userId()).isEqualTo(1L);
  }

  @Test
  void thePreviewNeitherMovesTheTurnNorCountsALead() {
    RoutingLedger ledger = new RoutingLedger();
    List<RoutableRule> rules =
        List.of(team(Distribution.ROUND_ROBIN, member(1, 0, null), member(2, 0, null)));
    assertThat(ledger.preview(LEAD, rules, null).owner().userId()).isEqualTo(1L);
    assertThat(ledger.preview(LEAD, rules, null).owner().userId()).isEqualTo(1L);
    assertThat(ledger.pending()).isZero();
  }

  @Test
  void aThousandLeadsRoutedByEightThreadsAtOnceAreSharedExactlyInTurn() throws Exception {
    RoutingLedger ledger = new RoutingLedger();
    List<RoutableRule> rules =
        List.of(
            team(
                Distribution.ROUND_ROBIN,
                member(1, 0, null),
                member(2, 0, null),
                member(3, 0, null),
                member(4, 0, null)));
    Map<Long, Integer> received = new ConcurrentHashMap<>();
    List<RoutingLedger.Pending> unreleased = Collections.synchronizedList(new ArrayList<>());
    ExecutorService threads = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    for (int t = 0; t < 8; t++) {
      threads.submit(
          () -> {
            start.await();
            for (int i = 0; i < 125; i++) {
              RoutingLedger.Decided decided = ledger.route(LEAD, rules, null);
              received.merge(decided.decision().owner().userId(), 1, Integer::sum);
              if (i % 2 == 0) {
                ledger.release(decided.pending(), true, Instant.now());
              } else {
                unreleased.add(decided.pending());
              }
            }
            return null;
          });
    }
    start.countDown();
    threads.shutdown();
    assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

    assertThat(received).containsOnlyKeys(1L, 2L, 3L, 4L);
    assertThat(Set.copyOf(received.values())).containsExactly(250);
    assertThat(ledger.pending()).isEqualTo(unreleased.size());
    unreleased.forEach(p -> ledger.release(p, false, Instant.now()));
    assertThat(ledger.pending()).isZero();
  }

  @Test
  void openLeadsAreCountedAgainAfterTheIntervalAndCarriedForwardInBetween() {
    RoutingLedger ledger = new RoutingLedger();
    Instant t0 = Instant.parse("2026-11-23T10:00:00Z");
    assertThat(ledger.countsDue(List.of(1L, 2L), t0)).containsExactlyInAnyOrder(1L, 2L);
    ledger.counted(List.of(1L, 2L), Map.of(1L, 4), t0);
    assertThat(ledger.countsDue(List.of(1L, 2L), t0.plusSeconds(5))).isEmpty();
    assertThat(ledger.openLeads(List.of(1L, 2L))).containsEntry(1L, 4).containsEntry(2L, 0);

    // two leads stored for user 1 since the count, one rolled back for user 2
    List<RoutableRule> one = List.of(team(Distribution.ROUND_ROBIN, member(1, 4, null)));
    ledger.release(ledger.route(LEAD, one, null).pending(), true, t0.plusSeconds(1));
    ledger.release(ledger.route(LEAD, one, null).pending(), true, t0.plusSeconds(2));
    List<RoutableRule> two = List.of(team(Distribution.ROUND_ROBIN, member(2, 0, null)));
    ledger.release(ledger.route(LEAD, two, null).pending(), false, t0.plusSeconds(3));
    assertThat(ledger.openLeads(List.of(1L, 2L))).containsEntry(1L, 6).containsEntry(2L, 0);

    // the recount, begun after the first lead's commit, has it; the second still counts on top
    Instant recount = t0.plus(RoutingLedger.RECOUNT).plusSeconds(1);
    assertThat(ledger.countsDue(List.of(1L), recount)).containsExactly(1L);
    ledger.counted(List.of(1L), Map.of(1L, 5), t0.plusMillis(1500));
    assertThat(ledger.openLeads(List.of(1L))).containsEntry(1L, 6);
  }
}
