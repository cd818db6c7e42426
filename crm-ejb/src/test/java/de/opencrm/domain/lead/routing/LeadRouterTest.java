package de.opencrm.domain.lead.routing;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.domain.account.CompanySize;
import de.opencrm.domain.lead.LeadSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeadRouterTest {

  private static final LeadFacts KOELN =
      new LeadFacts("DE", "50667", "Logistik", CompanySize.MEDIUM, LeadSource.WEB_FORM, "de", 40);
  private static final LeadFacts MUENCHEN =
      new LeadFacts("DE", "80331", "Maschinenbau", CompanySize.LARGE, LeadSource.EVENT, "de", 75);
  private static final LeadFacts WIEN =
      new LeadFacts("AT", "1010", "Handel", CompanySize.SMALL, LeadSource.WEB_FORM, "de", 10);

  private static RoutingConditions postal(String... ranges) {
    return new RoutingConditions(
        Set.of("DE"),
        List.of(ranges).stream().map(r -> PostalRange.parse(r).orElseThrow()).toList(),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        null,
        null);
  }

  private static RoutableRule rule(long id, String name, RoutingConditions when, Candidate... who) {
    return new RoutableRule(id, name, when, Distribution.ROUND_ROBIN, List.of(who), null);
  }

  private static RoutableRule team(
      long id, Distribution distribution, Long lastAssigned, List<Candidate> members) {
    return new RoutableRule(
        id, "Team", RoutingConditions.any(), distribution, members, lastAssigned);
  }

  @Test
  void theFirstMatchingRuleInOrderWins() {
    Candidate nord = Candidate.of(1, "nord");
    Candidate west = Candidate.of(2, "west");
    Candidate alle = Candidate.of(3, "alle");
    List<RoutableRule> rules =
        List.of(
            rule(10, "PLZ 4-5", postal("4-5"), west),
            rule(11, "PLZ 0-5", postal("0-5"), nord),
            rule(12, "Rest", RoutingConditions.any(), alle));

    RoutingDecision koeln = LeadRouter.route(KOELN, rules, null);
    assertThat(koeln.owner().username()).isEqualTo("west");
    assertThat(koeln.ruleName()).isEqualTo("PLZ 4-5");
    assertThat(koeln.byDefault()).isFalse();

    assertThat(LeadRouter.route(MUENCHEN, rules, null).owner().username()).isEqualTo("alle");
    assertThat(LeadRouter.route(WIEN, rules, null).ruleName()).isEqualTo("Rest");
  }

  @Test
  void everyConditionGivenMustHold() {
    RoutingConditions bigMachines =
        new RoutingConditions(
            Set.of("de", "AT"),
            List.of(PostalRange.parse("8").orElseThrow()),
            Set.of("maschinenbau"),
            Set.of(CompanySize.LARGE, CompanySize.ENTERPRISE),
            Set.of(LeadSource.EVENT),
            Set.of("DE"),
            70,
            100);
    assertThat(bigMachines.matches(MUENCHEN)).isTrue();
    assertThat(bigMachines.matches(KOELN)).isFalse();
    assertThat(
            bigMachines.matches(
                new LeadFacts(
                    "DE", "80331", "Maschinenbau", CompanySize.LARGE, LeadSource.EVENT, "de", 69)))
        .as("below the score band")
        .isFalse();
    assertThat(
            bigMachines.matches(
                new LeadFacts(
                    "DE", null, "Maschinenbau", CompanySize.LARGE, LeadSource.EVENT, "de", 80)))
        .as("no postal code where the rule names ranges")
        .isFalse();
    assertThat(
            RoutingConditions.any().matches(new LeadFacts(null, null, null, null, null, null, 0)))
        .isTrue();
  }

  @Test
  void absentMembersAndMembersAtCapacityAreSkippedAndSaidSo() {
    Candidate away = new Candidate(1, "away", "Anna Abwesend", true, 0, null, 1, 0);
    Candidate full = new Candidate(2, "full", "Fritz Voll", false, 20, 20, 1, 0);
    Candidate free = new Candidate(3, "free", "Frieda Frei", false, 25, 30, 1, 0);
    RoutingDecision decision =
        LeadRouter.route(
            KOELN,
            List.of(team(1, Distribution.ROUND_ROBIN, null, List.of(away, full, free))),
            null);
    assertThat(decision.owner().username()).isEqualTo("free");
    assertThat(decision.verdicts())
        .extracting(CandidateVerdict::outcome)
        .containsExactly(
            CandidateVerdict.Outcome.ABSENT,
            CandidateVerdict.Outcome.AT_CAPACITY,
            CandidateVerdict.Outcome.CHOSEN);
  }

  @Test
  void aMatchingRuleWithNobodyAvailableLetsTheNextRuleTry() {
    Candidate away = new Candidate(1, "away", "away", true, 0, null, 1, 0);
    Candidate backup = Candidate.of(2, "backup");
    RoutingDecision decision =
        LeadRouter.route(
            KOELN,
            List.of(
                rule(1, "West", postal("5"), away),
                rule(2, "Vertretung", RoutingConditions.any(), backup)),
            null);
    assertThat(decision.owner().username()).isEqualTo("backup");
    assertThat(decision.matchedWithoutCandidate()).containsExactly("West");
  }

  @Test
  void whenNoRuleTakesTheLeadTheDefaultOwnerGetsItIfAvailable() {
    Candidate chef = Candidate.of(9, "chef");
    RoutingDecision decision =
        LeadRouter.route(WIEN, List.of(rule(1, "DE", postal("0-9"), Candidate.of(1, "x"))), chef);
    assertThat(decision.byDefault()).isTrue();
    assertThat(decision.owner().username()).isEqualTo("chef");
    assertThat(decision.ruleName()).isNull();

    Candidate chefAway = new Candidate(9, "chef", "chef", true, 0, null, 1, 0);
    RoutingDecision unassigned = LeadRouter.route(WIEN, List.of(), chefAway);
    assertThat(unassigned.assigned()).isFalse();
    assertThat(unassigned.verdicts())
        .extracting(CandidateVerdict::outcome)
        .containsExactly(CandidateVerdict.Outcome.ABSENT);
    assertThat(LeadRouter.route(WIEN, List.of(), null).assigned()).isFalse();
  }

  @Test
  void roundRobinIsFairOverAThousandLeadsAndSkipsWhoIsAbsent() {
    List<Candidate> members =
        List.of(Candidate.of(3, "c"), Candidate.of(1, "a"), Candidate.of(2, "b"));
    Map<String, Integer> got = distribute(Distribution.ROUND_ROBIN, members, 1000);
    assertThat(got.values()).allSatisfy(n -> assertThat(n).isBetween(333, 334));
    assertThat(got.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1000);

    // in turn: after a comes b; with b absent, c
    List<Candidate> bAway =
        List.of(
            Candidate.of(1, "a"),
            new Candidate(2, "b", "b", true, 0, null, 1, 0),
            Candidate.of(3, "c"));
    assertThat(
            Distribution.ROUND_ROBIN
                .pick(List.of(Candidate.of(1, "a"), Candidate.of(2, "b"), Candidate.of(3, "c")), 1L)
                .username())
        .isEqualTo("b");
    assertThat(
            LeadRouter.route(KOELN, List.of(team(1, Distribution.ROUND_ROBIN, 1L, bAway)), null)
                .owner()
                .username())
        .isEqualTo("c");
    assertThat(
            Distribution.ROUND_ROBIN
                .pick(List.of(Candidate.of(1, "a"), Candidate.of(2, "b")), 2L)
                .username())
        .as("wraps around")
        .isEqualTo("a");
  }

  @Test
  void leastOpenGivesTheLeadToWhoHoldsFewestOpenLeads() {
    List<Candidate> members =
        List.of(
            new Candidate(1, "busy", "busy", false, 12, null, 1, 0),
            new Candidate(2, "calm", "calm", false, 3, null, 1, 0),
            new Candidate(3, "calm2", "calm2", false, 3, null, 1, 0));
    assertThat(Distribution.LEAST_OPEN.pick(members, null).username()).isEqualTo("calm");
    assertThat(Distribution.LEAST_OPEN.pick(members, 2L).username())
        .as("a tie goes in turn")
        .isEqualTo("calm2");

    // over many leads the load evens out
    Map<String, Integer> open = new HashMap<>(Map.of("busy", 12, "calm", 3, "calm2", 3));
    Long last = null;
    for (int i = 0; i < 300; i++) {
      List<Candidate> now = new ArrayList<>();
      now.add(new Candidate(1, "busy", "busy", false, open.get("busy"), null, 1, 0));
      now.add(new Candidate(2, "calm", "calm", false, open.get("calm"), null, 1, 0));
      now.add(new Candidate(3, "calm2", "calm2", false, open.get("calm2"), null, 1, 0));
      Candidate chosen = Distribution.LEAST_OPEN.pick(now, last);
      open.merge(chosen.username(), 1, Integer::sum);
      last = chosen.userId();
    }
    assertThat(open.values()).allSatisfy(n -> assertThat(n).isBetween(105, 106));
  }

  @Test
  void weightedSharesFollowTheWeights() {
    List<Candidate> members =
        List.of(
            new Candidate(1, "senior", "senior", false, 0, null, 3, 0),
            new Candidate(2, "junior", "junior", false, 0, null, 1, 0));
    Map<String, Integer> got = distribute(Distribution.WEIGHTED, members, 1000);
    assertThat(got.get("senior")).isEqualTo(750);
    assertThat(got.get("junior")).isEqualTo(250);
  }

  @Test
  void postalRangesReadAsSalesRegions() {
    assertThat(PostalRange.parse("4").orElseThrow().contains("40210")).isTrue();
    assertThat(PostalRange.parse("4").orElseThrow().contains("50667")).isFalse();
    assertThat(PostalRange.parse("0-1").orElseThrow().contains("01067")).isTrue();
    assertThat(PostalRange.parse("0-1").orElseThrow().contains("19053")).isTrue();
    assertThat(PostalRange.parse("0-1").orElseThrow().contains("20095")).isFalse();
    PostalRange ruhr = PostalRange.parse("40000 – 47999").orElseThrow();
    assertThat(ruhr.contains("44135")).isTrue();
    assertThat(ruhr.contains("48143")).isFalse();
    assertThat(ruhr.contains("4013")).as("too short for the bounds").isFalse();
    assertThat(PostalRange.parse("5-3")).isEmpty();
    assertThat(PostalRange.parse("PLZ 4")).isEmpty();
    assertThat(PostalRange.parse("123456")).isEmpty();
    assertThat(ruhr).hasToString("40000-47999");
  }

  /** Routes {@code count} leads through one team rule, keeping state as the service does. */
  private static Map<String, Integer> distribute(
      Distribution distribution, List<Candidate> members, int count) {
    Map<String, Integer> got = new HashMap<>();
    Long last = null;
    for (int i = 0; i < count; i++) {
      List<Candidate> now =
          members.stream()
              .map(
                  c ->
                      new Candidate(
                          c.userId(),
                          c.username(),
                          c.displayName(),
                          c.absent(),
                          c.openLeads(),
                          c.capacity(),
                          c.weight(),
                          got.getOrDefault(c.username(), 0)))
              .toList();
      RoutingDecision decision =
          LeadRouter.route(KOELN, List.of(team(1, distribution, last, now)), null);
      got.merge(decision.owner().username(), 1, Integer::sum);
      last = decision.owner().userId();
    }
    return got;
  }
}
