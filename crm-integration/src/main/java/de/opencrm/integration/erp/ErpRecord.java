package de.opencrm.integration.erp;

import java.util.Map;

/**
 * One record of a file: its position (the n-th record, counted from 1), the line it starts on, and
 * its fields by name (absent fields are missing from the map, values are trimmed).
 */
public record ErpRecord(long ordinal, long line, Map<String, String> fields) {

  public String field(String name) {
    return fields.get(name);
  }
}
