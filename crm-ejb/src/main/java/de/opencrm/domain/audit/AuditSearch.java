package de.opencrm.domain.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * What an auditor looks for; every part is optional: a user name, a kind of record and its id, an
 * action, and a time span (from inclusive, to exclusive).
 */
public record AuditSearch(
    String username, String recordType, Long recordId, AuditAction action, Instant from, Instant to)
    implements Serializable {

  public static AuditSearch everything() {
    return new AuditSearch(null, null, null, null, null, null);
  }

  public static AuditSearch ofRecord(String recordType, long recordId) {
    return new AuditSearch(null, recordType, recordId, null, null, null);
  }
}
