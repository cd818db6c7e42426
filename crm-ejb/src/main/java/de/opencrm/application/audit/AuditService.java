package de.opencrm.application.audit;

import de.opencrm.application.common.CompanyTime;
import de.opencrm.application.common.ListExport;
import de.opencrm.application.common.RecordScopes;
import de.opencrm.domain.account.AccountRepository;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.audit.AuditRepository;
import de.opencrm.domain.audit.AuditSearch;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.contact.ContactRepository;
import de.opencrm.integration.export.ExportFormat;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The audit journal for auditors: search it, and prove its hash chain intact or find the first
 * entry that was tampered with.
 */
@Permission(area = Area.AUDIT, operation = Operation.READ)
@Stateless
@RolesAllowed(Role.Names.AUDITOR)
public class AuditService {

  @Inject AuditRepository journal;
  @Inject AuditJournal auditJournal;
  @Inject CompanyTime time;
  @Inject AuditChainVerifier verifier;
  @Inject RecordScopes scopes;
  @Inject AccountRepository accounts;
  @Inject ContactRepository contacts;
  @Resource SessionContext context;

  public List<AuditRow> search(
      @NotNull AuditSearch search, @Min(0) int first, @Min(1) @Max(200) int size) {
    return journal.search(search, first, size).stream().map(AuditRow::of).toList();
  }

  /** How many entries match, counted up to a cap (see the repository). */
  public long count(@NotNull AuditSearch search) {
    return journal.count(search);
  }

  /**
   * Writes every entry the search matches, newest first, a page at a time, with the time in the
   * company's zone and the changes as "field: before → after" lines; the export itself goes into
   * the journal.
   */
  @Permission(area = Area.AUDIT, operation = Operation.EXPORT)
  public int exportJournal(
      @NotNull AuditSearch search,
      @NotNull ExportFormat format,
      @NotNull List<String> columns,
      @NotNull OutputStream out)
      throws IOException {
    int rows =
        ListExport.write(
            format,
            "Audit",
            columns,
            out,
            PageRequest.of(0, PageRequest.MAX_SIZE),
            request -> new Page<>(journal.search(search, request.first(), request.size()), -1),
            entry -> {
              AuditRow row = AuditRow.of(entry);
              return Arrays.asList(
                  row.id(),
                  time.local(row.at()),
                  row.username(),
                  row.action().name(),
                  row.recordType(),
                  row.recordId(),
                  row.recordLabel(),
                  row.changes().stream()
                      .map(c -> c.field() + ": " + c.before() + " → " + c.after())
                      .collect(Collectors.joining("\n")),
                  row.channel().name(),
                  row.address());
            });
    auditJournal.recordExport("AuditEntry", format.name(), rows, search.describe(), null);
    return rows;
  }

  /**
   * A record's history as its page shows it to managers and administrators: what was changed, by
   * whom and when, newest first.
   */
  @RolesAllowed({Role.Names.AUDITOR, Role.Names.MANAGER, Role.Names.ADMIN})
  @Permission(area = Area.HISTORY, operation = Operation.READ)
  public List<AuditRow> recordHistory(
      @NotNull String recordType, long recordId, @Min(0) int first, @Min(1) @Max(50) int size) {
    if (!historyShown(recordType, recordId)) {
      return List.of();
    }
    return search(AuditSearch.ofRecord(recordType, recordId), first, size);
  }

  @RolesAllowed({Role.Names.AUDITOR, Role.Names.MANAGER, Role.Names.ADMIN})
  @Permission(area = Area.HISTORY, operation = Operation.READ)
  public long countRecordHistory(@NotNull String recordType, long recordId) {
    return historyShown(recordType, recordId)
        ? count(AuditSearch.ofRecord(recordType, recordId))
        : 0;
  }

  /**
   * Auditors read every history. Managers and administrators read the history of a company or
   * person they may see, as on its page; not that of an erased person, whose old values it holds.
   */
  private boolean historyShown(String recordType, long recordId) {
    if (context.isCallerInRole(Role.Names.AUDITOR)) {
      return true;
    }
    return switch (recordType) {
      case "Account" -> {
        scopes.visible(
            context,
            accounts
                .findById(recordId)
                .orElseThrow(() -> new BusinessException("account.notFound")));
        yield true;
      }
      case "Contact" ->
          !scopes
              .visible(
                  context,
                  contacts
                      .findById(recordId)
                      .orElseThrow(() -> new BusinessException("contact.notFound")))
              .isErased();
      default -> throw new BusinessException("history.notAvailable");
    };
  }

  /**
   * Walks the whole chain up to its head as committed when the walk starts, a batch at a time
   * outside a transaction so no batch stays in memory; the check is itself a journal entry.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Verification verifyChain() {
    return verifier.verify();
  }
}
