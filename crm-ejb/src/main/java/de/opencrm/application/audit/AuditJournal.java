package de.opencrm.application.audit;

import de.opencrm.domain.audit.AuditAction;
import de.opencrm.domain.audit.AuditChannel;
import de.opencrm.domain.audit.AuditEvent;
import de.opencrm.domain.audit.AuditOrigin;
import de.opencrm.domain.audit.AuditTrail;
import de.opencrm.domain.audit.FieldChange;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Records what is no change of a record in the audit journal: logins, failed logins and logouts (in
 * their own transaction: a failed login leaves an entry although nothing else is saved) and
 * exports. Changes of records are recorded by the persistence layer itself.
 */
@Stateless
@PermitAll
public class AuditJournal {

  @Inject AuditTrail trail;
  @Resource SessionContext context;

  /** A login, failed login or logout, from the request's origin. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordSessionEvent(@NotNull AuditAction action, String username) {
    append(
        username == null || username.isBlank() ? null : cut(username.strip()),
        AuditChannel.SYSTEM,
        action,
        null,
        List.of());
  }

  /**
   * An export of a list (the kind of record, the file format, how many rows, the filter and
   * criteria that chose them), in the exporting transaction.
   */
  public void recordExport(
      @NotNull String recordType,
      @NotNull String format,
      int rows,
      String filter,
      Map<String, String> criteria) {
    List<FieldChange> details = new ArrayList<>();
    details.add(new FieldChange("format", null, format));
    details.add(new FieldChange("rows", null, String.valueOf(rows)));
    if (filter != null && !filter.isBlank()) {
      details.add(new FieldChange("filter", null, filter.strip()));
    }
    if (criteria != null) {
      new TreeMap<>(criteria)
          .forEach((name, value) -> details.add(new FieldChange("filter." + name, null, value)));
    }
    append(caller(), AuditChannel.BATCH, AuditAction.EXPORT, recordType, details);
  }

  /**
   * A data protection action on a person (such as a subject access export), with what it covered,
   * in the transaction of the action.
   */
  public void recordPrivacyAction(
      @NotNull AuditAction action,
      @NotNull String recordType,
      long recordId,
      String recordLabel,
      Map<String, String> details) {
    List<FieldChange> changes = new ArrayList<>();
    if (details != null) {
      details.forEach((name, value) -> changes.add(new FieldChange(name, null, value)));
    }
    append(caller(), AuditChannel.UI, action, recordType, recordId, recordLabel, changes);
  }

  /**
   * A read of a record's sensitive fields (their names, not their values), in the reading
   * transaction.
   */
  public void recordRead(
      @NotNull String recordType, long recordId, String recordLabel, @NotNull List<String> fields) {
    append(
        caller(),
        AuditChannel.UI,
        AuditAction.READ,
        recordType,
        recordId,
        recordLabel,
        List.of(new FieldChange("fields", null, String.join(", ", fields))));
  }

  /** A check of the chain and its outcome, in its own transaction. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordVerification(@NotNull Verification verification) {
    List<FieldChange> details = new ArrayList<>();
    details.add(
        new FieldChange(
            "result",
            null,
            verification.result().intact()
                ? "intact"
                : "broken at "
                    + verification.result().brokenAt()
                    + ": "
                    + verification.result().problem()));
    details.add(new FieldChange("checked", null, String.valueOf(verification.result().checked())));
    details.add(new FieldChange("head", null, String.valueOf(verification.headId())));
    details.add(new FieldChange("ms", null, String.valueOf(verification.took().toMillis())));
    append(caller(), AuditChannel.SYSTEM, AuditAction.VERIFY, null, details);
  }

  /**
   * One entry from the current request's channel and address; outside a request from {@code
   * withoutRequest} and no address.
   */
  private void append(
      String username,
      AuditChannel withoutRequest,
      AuditAction action,
      String recordType,
      List<FieldChange> details) {
    append(username, withoutRequest, action, recordType, null, null, details);
  }

  private void append(
      String username,
      AuditChannel withoutRequest,
      AuditAction action,
      String recordType,
      Long recordId,
      String recordLabel,
      List<FieldChange> details) {
    AuditOrigin.Origin origin = AuditOrigin.current();
    trail.append(
        List.of(
            new AuditEvent(
                Instant.now(),
                username,
                origin == null ? withoutRequest : origin.channel(),
                origin == null ? null : origin.address(),
                action,
                recordType,
                recordId,
                recordLabel,
                details)));
  }

  /** The logged-in caller, or null for the server's own work. */
  private String caller() {
    String name = context.getCallerPrincipal().getName();
    return "anonymous".equals(name) ? null : name;
  }

  /** A user name typed at a failed login may be anything; the column holds 40 characters. */
  private static String cut(String username) {
    return username.length() <= 40 ? username : username.substring(0, 40);
  }
}
