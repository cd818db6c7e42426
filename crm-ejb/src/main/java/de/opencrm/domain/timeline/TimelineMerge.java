package de.opencrm.domain.timeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Interleaves the kinds of a timeline into one page, newest first. Each kind's entries are read
 * separately, in their own order, from where the cursor says that kind was left; asking each for
 * one more than a page tells whether anything older remains.
 */
public final class TimelineMerge {

  private TimelineMerge() {}

  /**
   * The next page.
   *
   * @param fetched per kind, its entries after the cursor, newest first, up to {@code size + 1}
   */
  public static TimelineSlice next(
      Map<TimelineKind, List<TimelineEntry>> fetched, TimelineCursor cursor, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("a page holds at least one entry");
    }
    PriorityQueue<Head> heads =
        new PriorityQueue<>((a, b) -> TimelineEntry.newestFirst(a.entry(), b.entry()));
    fetched.forEach(
        (kind, entries) -> {
          if (!entries.isEmpty()) {
            heads.add(new Head(entries, 0));
          }
        });
    List<TimelineEntry> page = new ArrayList<>(size);
    Map<TimelineKind, Integer> taken = new EnumMap<>(TimelineKind.class);
    while (page.size() < size && !heads.isEmpty()) {
      Head head = heads.poll();
      page.add(head.entry());
      taken.merge(head.entry().kind(), 1, Integer::sum);
      if (head.index() + 1 < head.entries().size()) {
        heads.add(new Head(head.entries(), head.index() + 1));
      }
    }
    return new TimelineSlice(List.copyOf(page), cursor.after(taken), !heads.isEmpty());
  }

  private record Head(List<TimelineEntry> entries, int index) {
    TimelineEntry entry() {
      return entries.get(index);
    }
  }
}
