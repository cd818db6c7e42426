package de.opencrm.domain.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineMergeTest {

  private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

  private static TimelineEntry entry(TimelineKind kind, long id, int minutes) {
    return new TimelineEntry(
        kind, id, T0.plusSeconds(60L * minutes), null, kind + "-" + id, null, null, null, null);
  }

  /** What a repository answers: the kind's entries after the cursor, newest first, up to limit. */
  private static Map<TimelineKind, List<TimelineEntry>> read(
      Map<TimelineKind, List<TimelineEntry>> all, TimelineCursor cursor, int limit) {
    Map<TimelineKind, List<TimelineEntry>> fetched = new EnumMap<>(TimelineKind.class);
    all.forEach(
        (kind, entries) -> {
          List<TimelineEntry> sorted = new ArrayList<>(entries);
          sorted.sort(TimelineEntry::newestFirst);
          int from = Math.min(cursor.shown(kind), sorted.size());
          fetched.put(kind, sorted.subList(from, Math.min(sorted.size(), from + limit)));
        });
    return fetched;
  }

  @Test
  void interleavesKindsNewestFirst() {
    var all =
        Map.of(
            TimelineKind.JOURNAL,
                List.of(entry(TimelineKind.JOURNAL, 1, 10), entry(TimelineKind.JOURNAL, 2, 30)),
            TimelineKind.TICKET, List.of(entry(TimelineKind.TICKET, 7, 20)),
            TimelineKind.STAGE, List.of(entry(TimelineKind.STAGE, 3, 40)));

    TimelineSlice slice =
        TimelineMerge.next(read(all, TimelineCursor.start(), 11), TimelineCursor.start(), 10);

    assertEquals(
        List.of("STAGE-3", "JOURNAL-2", "TICKET-7", "JOURNAL-1"),
        slice.entries().stream().map(TimelineEntry::title).toList());
    assertFalse(slice.more());
  }

  @Test
  void pagesThroughEverythingOnceWhateverTheMix() {
    Map<TimelineKind, List<TimelineEntry>> all = new EnumMap<>(TimelineKind.class);
    List<TimelineEntry> expected = new ArrayList<>();
    long id = 1;
    for (TimelineKind kind : TimelineKind.values()) {
      List<TimelineEntry> entries = new ArrayList<>();
      for (int i = 0; i < 3 + kind.ordinal() * 4; i++) {
        // equal instants across kinds and within one, so ties must be broken the same way each time
        TimelineEntry e = entry(kind, id++, (i * 7 + kind.ordinal()) % 11);
        entries.add(e);
        expected.add(e);
      }
      all.put(kind, entries);
    }
    expected.sort(TimelineEntry::newestFirst);

    List<TimelineEntry> seen = new ArrayList<>();
    TimelineCursor cursor = TimelineCursor.start();
    int pages = 0;
    boolean more = true;
    while (more) {
      TimelineSlice slice = TimelineMerge.next(read(all, cursor, 8), cursor, 7);
      seen.addAll(slice.entries());
      cursor = slice.next();
      more = slice.more();
      pages++;
    }

    assertEquals(expected, seen);
    assertEquals((expected.size() + 6) / 7, pages);
  }

  @Test
  void saysThereIsMoreOnlyWhenAnEntryIsLeft() {
    var exactlyOnePage =
        Map.of(
            TimelineKind.TASK,
            List.of(entry(TimelineKind.TASK, 1, 1), entry(TimelineKind.TASK, 2, 2)));
    assertFalse(TimelineMerge.next(exactlyOnePage, TimelineCursor.start(), 2).more());

    var oneOver =
        Map.of(
            TimelineKind.TASK,
            List.of(
                entry(TimelineKind.TASK, 3, 3),
                entry(TimelineKind.TASK, 2, 2),
                entry(TimelineKind.TASK, 1, 1)));
    TimelineSlice slice = TimelineMerge.next(oneOver, TimelineCursor.start(), 2);
    assertTrue(slice.more());
    assertEquals(2, slice.next().shown(TimelineKind.TASK));
    assertEquals(0, slice.next().shown(TimelineKind.MAIL));
  }

  @Test
  void refusesAnEmptyPage() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TimelineMerge.next(Map.of(), TimelineCursor.start(), 0));
  }

  @Test
  void entriesNeedAKindAndATime() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new TimelineEntry(null, 1, T0, null, "x", null, null, null, null));
  }
}
