package de.opencrm.domain.lead;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How far the leads of each source got: how many came in, how many reached MQL, SQL, and were
 * converted, and how many were disqualified. A lead counts for every stage up to where it stands
 * now (a converted lead was qualified and accepted on the way).
 */
public final class LeadFunnel {

  /** One source's counts, in the order of the funnel. */
  public record Stage(
      LeadSource source, long captured, long mql, long sql, long converted, long disqualified) {

    /** Share of captured leads converted, in percent (0 when none came in). */
    public int conversionPercent() {
      return captured == 0 ? 0 : (int) Math.round(100.0 * converted / captured);
    }
  }

  /** A count of leads of one source in one status, as the database groups them. */
  public record Count(LeadSource source, LeadStatus status, long leads) {}

  private LeadFunnel() {}

  /** The sources with at least one lead, most leads first; the last row sums them all. */
  public static List<Stage> of(List<Count> counts) {
    Map<LeadSource, long[]> bySource = new EnumMap<>(LeadSource.class);
    for (Count count : counts) {
      long[] stages = bySource.computeIfAbsent(count.source(), s -> new long[5]);
      stages[0] += count.leads();
      LeadStatus status = count.status();
      if (status == LeadStatus.MQL || status == LeadStatus.SQL || status == LeadStatus.CONVERTED) {
        stages[1] += count.leads();
      }
      if (status == LeadStatus.SQL || status == LeadStatus.CONVERTED) {
        stages[2] += count.leads();
      }
      if (status == LeadStatus.CONVERTED) {
        stages[3] += count.leads();
      }
      if (status == LeadStatus.DISQUALIFIED) {
        stages[4] += count.leads();
      }
    }
    List<Stage> rows = new ArrayList<>();
    long[] total = new long[5];
    bySource.forEach(
        (source, s) -> {
          rows.add(new Stage(source, s[0], s[1], s[2], s[3], s[4]));
          for (int i = 0; i < total.length; i++) {
            total[i] += s[i];
          }
        });
    rows.sort((a, b) -> Long.compare(b.captured(), a.captured()));
    if (!rows.isEmpty()) {
      rows.add(new Stage(null, total[0], total[1], total[2], total[3], total[4]));
    }
    return rows;
  }
}
