package de.opencrm.domain.lead.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A routing decision as the lead keeps it, so it can be shown later exactly as it was made: how the
 * team shared its leads, which matching rules had nobody available, whether the default owner took
 * it, and each candidate's outcome with their open leads at the time. Stored as a few tab-separated
 * lines; names are kept as they were then, not looked up again.
 */
public record RoutingTrace(
    Distribution distribution,
    List<String> matchedWithoutCandidate,
    boolean byDefault,
    List<CandidateVerdict> verdicts) {

  /** What fits the lead's column; a larger team's trace loses its last candidates, not its head. */
  public static final int MAX_LENGTH = 2000;

  private static final String TAB = "\t";

  public RoutingTrace {
    matchedWithoutCandidate = List.copyOf(matchedWithoutCandidate);
    verdicts = List.copyOf(verdicts);
  }

  public static RoutingTrace of(RoutingDecision decision) {
    return new RoutingTrace(
        decision.distribution(),
        decision.matchedWithoutCandidate(),
        decision.byDefault(),
        decision.verdicts());
  }

  /** The matching rules that had nobody available, for reading. */
  public String skippedRules() {
    return String.join(", ", matchedWithoutCandidate);
  }

  public String encode() {
    StringBuilder text = new StringBuilder();
    text.append(distribution == null ? "-" : distribution.name())
        .append(TAB)
        .append(byDefault)
        .append(TAB)
        .append(
            String.join(TAB, matchedWithoutCandidate.stream().map(RoutingTrace::clean).toList()));
    for (CandidateVerdict verdict : verdicts) {
      String line =
          "\n"
              + verdict.outcome().name()
              + TAB
              + verdict.openLeads()
              + TAB
              + clean(verdict.username())
              + TAB
              + clean(verdict.displayName());
      if (text.length() + line.length() > MAX_LENGTH) {
        break;
      }
      text.append(line);
    }
    return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text.toString();
  }

  public static RoutingTrace decode(String text) {
    String[] lines = text.split("\n");
    String[] head = lines[0].split(TAB, -1);
    Distribution distribution = "-".equals(head[0]) ? null : Distribution.valueOf(head[0]);
    boolean byDefault = Boolean.parseBoolean(head[1]);
    List<String> skipped = Arrays.stream(head).skip(2).filter(s -> !s.isEmpty()).toList();
    List<CandidateVerdict> verdicts = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String[] part = lines[i].split(TAB, 4);
      if (part.length == 4) {
        verdicts.add(
            new CandidateVerdict(
                part[2],
                part[3],
                CandidateVerdict.Outcome.valueOf(part[0]),
                Integer.parseInt(part[1])));
      }
    }
    return new RoutingTrace(distribution, skipped, byDefault, verdicts);
  }

  private static String clean(String text) {
    return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ');
  }
}
