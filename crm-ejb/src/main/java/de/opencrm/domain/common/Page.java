package de.opencrm.domain.common;

import java.util.List;

/** One page of rows and the total number of rows the filter matches. */
public record Page<T>(List<T> rows, long total) {

  /**
   * Large lists count their matches only up to this many, and one more to say "more": counting
   * every match of a common name among a million people costs more than the page itself.
   */
  public static final int COUNT_LIMIT = 1000;

  /** Whether {@code total} stopped at the count limit, so there are more matches than it says. */
  public static boolean isCapped(long total) {
    return total > COUNT_LIMIT;
  }

  public Page {
    rows = List.copyOf(rows);
  }
}
