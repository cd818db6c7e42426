package de.opencrm.domain.opportunity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** How long an opportunity stayed in each stage it entered: until the next, the last until now. */
public final class StageTimes {

  private StageTimes() {}

  /** For stages entered at these times (in order), the time spent in each. */
  public static List<Duration> spent(List<Instant> entered, Instant now) {
    List<Duration> spent = new ArrayList<>(entered.size());
    for (int i = 0; i < entered.size(); i++) {
      Instant until = i + 1 < entered.size() ? entered.get(i + 1) : now;
      spent.add(
          Duration.between(entered.get(i), until).isNegative()
              ? Duration.ZERO
              : Duration.between(entered.get(i), until));
    }
    return spent;
  }
}
