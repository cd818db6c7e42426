package de.opencrm.domain.audit;

import java.time.Instant;
import java.util.List;

/**
 * Something the audit journal is to record, before it takes its place in the chain. Record type, id
 * and label are null for events about no record (a login).
 */
public record AuditEvent(
    Instant at,
    String username,
    AuditChannel channel,
    String address,
    AuditAction action,
    String recordType,
    Long recordId,
    String recordLabel,
    List<FieldChange> changes) {

  public AuditEvent {
    changes = changes == null ? List.of() : List.copyOf(changes);
  }
}
