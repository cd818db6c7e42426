package de.opencrm.domain.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.StringJoiner;

/**
 * What an auditor looks for; every part is optional: a user name, a kind of record and its id, an
 * action, and a time span (from inclusive, to exclusive).
 */
public record AuditSearch(
    String username, String recordType, Long recordId, AuditAction action, Instant from, Instant to)
    implements Serializable {

  /** The parts that are set, as "username=sales, action=UPDATE"; empty for everything. */
  public String describe() {
    StringJoiner parts = new StringJoiner(", ");
    add(parts, "username", username);
    add(parts, "recordType", recordType);
    add(parts, "recordId", recordId);
    add(parts, "action", action);
    add(parts, "from", from);
    add(parts, "to", to);
    return parts.toString();
  }

  private static void add(StringJoiner parts, String name, Object value) {
    if (value != null) {
      parts.add(name + "=" + value);
    }
  }

  public static AuditSearch everything() {
    return new AuditSearch(null, null, null, null, null, null);
  }

  public static AuditSearch ofRecord(String recordType, long recordId) {
    return new AuditSearch(null, recordType, recordId, null, null, null);
  }
}
