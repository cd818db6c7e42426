package de.opencrm.domain.view;

import java.io.Serializable;
import java.util.List;

/** What a list shows: its search text, tag, sort and visible columns (by their keys). */
public record ListState(
    String filter, String tag, String sortField, boolean ascending, List<String> columns)
    implements Serializable {

  public ListState {
    columns = columns == null ? List.of() : List.copyOf(columns);
  }
}
