package de.opencrm.domain.audit;

import java.util.List;

/** Appends events to the audit journal's chain, in the caller's transaction. */
public interface AuditTrail {

  void append(List<AuditEvent> events);
}
