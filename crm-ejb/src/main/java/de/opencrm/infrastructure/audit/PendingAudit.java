package de.opencrm.infrastructure.audit;

import de.opencrm.domain.audit.AuditAction;
import de.opencrm.domain.audit.AuditChannel;
import de.opencrm.domain.audit.AuditEvent;
import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.audit.AuditOrigin;
import de.opencrm.domain.audit.FieldChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.sessions.Session;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;

/**
 * The audit events a unit of work collected while writing, until it has written everything and they
 * are appended to the chain. Kept per thread (a unit of work commits on one thread) and forgotten
 * when another unit of work starts collecting, so a commit that failed half-way leaves nothing
 * behind.
 */
final class PendingAudit {

  private record Collected(Session unitOfWork, List<AuditEvent> events) {}

  private static final ThreadLocal<Collected> CURRENT = new ThreadLocal<>();

  private PendingAudit() {}

  static void add(
      Session unitOfWork, AuditAction action, Object entity, List<FieldChange> changes) {
    Collected collected = CURRENT.get();
    if (collected == null || collected.unitOfWork() != unitOfWork) {
      collected = new Collected(unitOfWork, new ArrayList<>());
      CURRENT.set(collected);
    }
    Object id = unitOfWork.getId(entity);
    collected
        .events()
        .add(
            new AuditEvent(
                Instant.now(),
                caller(),
                channel(),
                address(),
                action,
                entity.getClass().getSimpleName(),
                id instanceof Number number ? number.longValue() : null,
                entity instanceof AuditLabelled labelled ? labelled.auditLabel() : null,
                changes));
  }

  /** Appends what the unit of work collected, in its transaction; called once its SQL is out. */
  static void appendFor(Session unitOfWork) {
    Collected collected = CURRENT.get();
    if (collected == null || collected.unitOfWork() != unitOfWork) {
      return;
    }
    CURRENT.remove();
    AuditWriter.append(collected.events());
  }

  /** The logged-in caller, or null for the server's own work (timers, start-up). */
  private static String caller() {
    SecurityDomain domain = SecurityDomain.getCurrent();
    SecurityIdentity identity = domain == null ? null : domain.getCurrentSecurityIdentity();
    String name = identity == null ? null : identity.getPrincipal().getName();
    return name == null || "anonymous".equals(name) ? null : name;
  }

  /** The request's channel; outside a request a user's background job, or the system's own. */
  private static AuditChannel channel() {
    AuditOrigin.Origin origin = AuditOrigin.current();
    if (origin != null) {
      return origin.channel();
    }
    return caller() == null ? AuditChannel.SYSTEM : AuditChannel.BATCH;
  }

  private static String address() {
    AuditOrigin.Origin origin = AuditOrigin.current();
    return origin == null ? null : origin.address();
  }
}
