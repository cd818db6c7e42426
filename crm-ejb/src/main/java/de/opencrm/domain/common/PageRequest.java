package de.opencrm.domain.common;

/**
 * One page of a list: where it starts, how long it is, what it is sorted by, and a free-text
 * filter. Lists in the CRM are always paged in SQL; this is the request every list query takes.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, String filter) {

  public static final int MAX_SIZE = 200;

  public PageRequest {
    if (first < 0) {
      throw new IllegalArgumentException("first must not be negative");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
    }
    filter = Texts.trimToNull(filter);
  }

  public static PageRequest of(int first, int size) {
    return new PageRequest(first, size, null, true, null);
  }
}
