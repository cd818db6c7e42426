package de.opencrm.domain.timeline;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where the next page of a timeline begins: how many entries of each kind were shown already. Each
 * kind is read in its own order, so a count per kind is an exact position without a shared key.
 */
public final class TimelineCursor implements Serializable {

  private static final long serialVersionUID = 1L;

  private final EnumMap<TimelineKind, Integer> shown;

  private TimelineCursor(EnumMap<TimelineKind, Integer> shown) {
    this.shown = shown;
  }

  /** Before the newest entry. */
  public static TimelineCursor start() {
    return new TimelineCursor(new EnumMap<>(TimelineKind.class));
  }

  /** How many entries of the kind come before this position. */
  public int shown(TimelineKind kind) {
    return shown.getOrDefault(kind, 0);
  }

  /** The position after a further count of entries per kind. */
  TimelineCursor after(Map<TimelineKind, Integer> more) {
    EnumMap<TimelineKind, Integer> next = new EnumMap<>(shown);
    more.forEach((kind, count) -> next.merge(kind, count, Integer::sum));
    return new TimelineCursor(next);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TimelineCursor c && c.shown.equals(shown);
  }

  @Override
  public int hashCode() {
    return shown.hashCode();
  }

  @Override
  public String toString() {
    return "TimelineCursor" + shown;
  }
}
