package de.opencrm.application.audit;

import de.opencrm.domain.audit.AuditAction;
import de.opencrm.domain.audit.AuditChanges;
import de.opencrm.domain.audit.AuditChannel;
import de.opencrm.domain.audit.AuditEntry;
import de.opencrm.domain.audit.FieldChange;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An audit entry as the journal page shows it, its changes read. */
public record AuditRow(
    long id,
    Instant at,
    String username,
    AuditChannel channel,
    String address,
    AuditAction action,
    String recordType,
    Long recordId,
    String recordLabel,
    List<FieldChange> changes)
    implements Serializable {

  static AuditRow of(AuditEntry entry) {
    return new AuditRow(
        entry.getId(),
        entry.getAt(),
        entry.getUsername(),
        entry.getChannel(),
        entry.getAddress(),
        entry.getAction(),
        entry.getRecordType(),
        entry.getRecordId(),
        entry.getRecordLabel(),
        AuditChanges.read(entry.getChanges()));
  }
}
