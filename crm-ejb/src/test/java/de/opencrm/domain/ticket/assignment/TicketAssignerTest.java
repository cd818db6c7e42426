package de.opencrm.domain.ticket.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketAssignerTest {

  private static Agent agent(long id, int open, String... skills) {
    return new Agent(id, "Agent " + id, false, open, 10, Set.of(skills), Set.of("de"));
  }

  private static final Agent ANNA = agent(1, 4, "billing");
  private static final Agent BEN = new Agent(2, "Ben", true, 0, 10, Set.of(), Set.of("de"));
  private static final Agent CARLA = agent(3, 2, "hardware");
  private static final Agent DENIZ =
      new Agent(4, "Deniz", false, 5, 5, Set.of("hardware"), Set.of("de", "en"));
  private static final Agent EMIL =
      new Agent(5, "Emil", false, 3, 0, Set.of("hardware"), Set.of("de", "en"));
  private static final List<Agent> QUEUE = List.of(ANNA, BEN, CARLA, DENIZ, EMIL);

  @Test
  void roundRobinGoesOnAfterTheLastOneAndPassesOverTheAbsentAndTheFull() {
    AssignmentDecision afterAnna =
        TicketAssigner.assign(AssignmentPolicy.ROUND_ROBIN, QUEUE, 1L, null, null);
    assertThat(afterAnna.agentId()).isEqualTo(3L);
    assertThat(afterAnna.skipped()).containsExactly("Ben", "Deniz");

    assertThat(TicketAssigner.assign(AssignmentPolicy.ROUND_ROBIN, QUEUE, 5L, null, null).agentId())
        .as("after the last one the first again")
        .isEqualTo(1L);
    assertThat(
            TicketAssigner.assign(AssignmentPolicy.ROUND_ROBIN, QUEUE, null, null, null).agentId())
        .isEqualTo(1L);
  }

  @Test
  void leastOpenTakesTheLeastLoadedAvailableAgent() {
    AssignmentDecision decision =
        TicketAssigner.assign(AssignmentPolicy.LEAST_OPEN, QUEUE, null, null, null);
    assertThat(decision.agentId()).as("Ben has none but is away").isEqualTo(3L);
    assertThat(decision.reason()).isEqualTo("assignment.leastOpen");
  }

  @Test
  void skillsTakeTheBestMatchThenTheLeastLoaded() {
    // hardware in English: only Emil has both (Deniz too, but is at capacity)
    assertThat(
            TicketAssigner.assign(AssignmentPolicy.SKILLS, QUEUE, null, "hardware", "en").agentId())
        .isEqualTo(5L);
    // hardware in German: Carla and Emil match both, Carla has fewer open tickets
    assertThat(
            TicketAssigner.assign(AssignmentPolicy.SKILLS, QUEUE, null, "hardware", "de").agentId())
        .isEqualTo(3L);
    // nobody knows the category: the least loaded of those speaking the language
    AssignmentDecision unknown =
        TicketAssigner.assign(AssignmentPolicy.SKILLS, QUEUE, null, "legal", "de");
    assertThat(unknown.agentId()).isEqualTo(3L);
    assertThat(unknown.arguments()).containsExactly(1, 2);
  }

  @Test
  void withNobodyAvailableTheTicketStaysInTheQueue() {
    AssignmentDecision none =
        TicketAssigner.assign(AssignmentPolicy.LEAST_OPEN, List.of(BEN, DENIZ), null, null, null);
    assertThat(none.assigned()).isFalse();
    assertThat(none.reason()).isEqualTo("assignment.noneAvailable");
    assertThat(none.skipped()).containsExactly("Ben", "Deniz");
  }
}
