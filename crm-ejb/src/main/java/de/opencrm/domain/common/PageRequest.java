package de.opencrm.domain.common;

import java.util.HashMap;
import java.util.Map;

/**
 * One page of a list: where it starts, how long it is, what it is sorted by, a free-text filter and
 * the list's own criteria by name (such as "tag"). Lists in the CRM are always paged in SQL; this
 * is the request every list query takes.
 */
public record PageRequest(
    int first,
    int size,
    String sortField,
    boolean ascending,
    String filter,
    Map<String, String> criteria) {

  public static final int MAX_SIZE = 200;

  public PageRequest {
    if (first < 0) {
      throw new IllegalArgumentException("first must not be negative");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
    }
    // what a list is searched for passes the same cleaning step as what is stored
    filter = Texts.trimToNull(InputText.clean(filter));
    Map<String, String> given = new HashMap<>();
    if (criteria != null) {
      criteria.forEach(
          (name, value) -> {
            String clean = Texts.trimToNull(InputText.clean(value));
            if (clean != null) {
              given.put(name, clean);
            }
          });
    }
    criteria = Map.copyOf(given);
  }

  public PageRequest(int first, int size, String sortField, boolean ascending, String filter) {
    this(first, size, sortField, ascending, filter, Map.of());
  }

  public static PageRequest of(int first, int size) {
    return new PageRequest(first, size, null, true, null);
  }

  /** The value of a criterion, or null when the list is not restricted by it. */
  public String criterion(String name) {
    return criteria.get(name);
  }

  /** The same request with one criterion set to another value. */
  public PageRequest withCriterion(String name, String value) {
    Map<String, String> changed = new HashMap<>(criteria);
    changed.put(name, value);
    return new PageRequest(first, size, sortField, ascending, filter, changed);
  }

  /** The same selection from another row on, e.g. for an export that walks all pages. */
  public PageRequest from(int newFirst, int newSize) {
    return new PageRequest(newFirst, newSize, sortField, ascending, filter, criteria);
  }
}
