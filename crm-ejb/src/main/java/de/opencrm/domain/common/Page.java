package de.opencrm.domain.common;

import java.util.List;

/** One page of rows and the total number of rows the filter matches. */
public record Page<T>(List<T> rows, long total) {

  public Page {
    rows = List.copyOf(rows);
  }
}
