package de.opencrm.infrastructure.audit;

import de.opencrm.domain.audit.AuditEvent;
import de.opencrm.domain.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The audit trail as services use it: the same writer the persistence layer's changes go to. */
@ApplicationScoped
public class JdbcAuditTrail implements AuditTrail {

  @Override
  public void append(List<AuditEvent> events) {
    AuditWriter.append(events);
  }
}
