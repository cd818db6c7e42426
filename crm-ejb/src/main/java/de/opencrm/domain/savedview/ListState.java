package de.opencrm.domain.savedview;

import java.io.Serializable;
import java.util.List;

/**
 * What a list shows: its search text, tag, sort, visible columns (by their keys) and a filter on
 * one custom field (its id and the value as CustomFilter writes it).
 */
public record ListState(
    String filter,
    String tag,
    String sortField,
    boolean ascending,
    List<String> columns,
    Long customField,
    String customValue)
    implements Serializable {

  public ListState {
    columns = columns == null ? List.of() : List.copyOf(columns);
    if (customField == null || customValue == null || customValue.isBlank()) {
      customField = null;
      customValue = null;
    }
  }

  public ListState(
      String filter, String tag, String sortField, boolean ascending, List<String> columns) {
    this(filter, tag, sortField, ascending, columns, null, null);
  }
}
