package de.opencrm.application.audit;

import de.opencrm.domain.audit.AuditAction;
import de.opencrm.domain.audit.AuditChannel;
import de.opencrm.domain.audit.AuditEvent;
import de.opencrm.domain.audit.AuditTrail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * Records what is no change of a record (logins, failed logins, logouts) in the audit journal, in
 * its own transaction: a failed login leaves an entry although nothing else is saved. Changes of
 * records are recorded by the persistence layer itself.
 */
@Stateless
@PermitAll
public class AuditJournal {

  @Inject AuditTrail trail;

  /** A login, failed login or logout, from the request's origin. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordSessionEvent(@NotNull AuditAction action, String username) {
    AuditOrigin.Origin origin = AuditOrigin.current();
    trail.append(
        List.of(
            new AuditEvent(
                Instant.now(),
                username == null || username.isBlank() ? null : cut(username.strip()),
                origin == null ? AuditChannel.SYSTEM : origin.channel(),
                origin == null ? null : origin.address(),
                action,
                null,
                null,
                null,
                List.of())));
  }

  /** A user name typed at a failed login may be anything; the column holds 40 characters. */
  private static String cut(String username) {
    return username.length() <= 40 ? username : username.substring(0, 40);
  }
}
