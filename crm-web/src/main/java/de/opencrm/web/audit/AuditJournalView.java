package de.opencrm.web.audit;

import de.opencrm.application.audit.AuditRow;
import de.opencrm.application.audit.AuditService;
import de.opencrm.application.audit.Verification;
import de.opencrm.application.common.CompanyTime;
import de.opencrm.domain.audit.AuditAction;
import de.opencrm.domain.audit.AuditSearch;
import de.opencrm.integration.export.ExportFormat;
import de.opencrm.web.page.Downloads;
import de.opencrm.web.page.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit journal for auditors: entries newest first, a page at a time, narrowed by user, kind of
 * record and its id, action and days; and the check of the hash chain.
 */
@Named
@ViewScoped
public class AuditJournalView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The kinds of records the journal keeps, as the filter offers them. */
  public static final List<String> RECORD_TYPES =
      List.of(
          "Account",
          "Contact",
          "Activity",
          "Task",
          "Document",
          "Tag",
          "CustomField",
          "User",
          "Team",
          "SavedView",
          "ImportTemplate",
          "MergeRecord",
          "DuplicatePair",
          "AreaVisibility",
          "Consent",
          "RetentionRule",
          "RetentionRun",
          "Lead",
          "RoutingRule",
          "Absence",
          "LeadSettings",
          "Pipeline",
          "Stage",
          "Opportunity",
          "OpportunityContact",
          "Quota",
          "Product",
          "PriceList",
          "ListPrice",
          "LineItem",
          "Quote",
          "TicketQueue",
          "QueueMember",
          "SlaPolicy",
          "Ticket",
          "TicketMessage",
          "ReplyTemplate",
          "KnowledgeArticle",
          "ScoringRule",
          "WebForm",
          "PredictionRun",
          "LeadWebhook");

  @Inject AuditService audit;
  @Inject FacesErrors errors;
  @Inject Downloads downloads;
  @Inject CompanyTime time;

  private String username;
  private String recordType;
  private Long recordId;
  private AuditAction action;
  private LocalDate from;
  private LocalDate to;
  private Verification verification;
  private LazyDataModel<AuditRow> entries;

  @PostConstruct
  void init() {
    entries =
        new LazyDataModel<>() {
          private static final long serialVersionUID = 1L;

          @Override
          public int count(Map<String, FilterMeta> filters) {
            return (int) audit.count(search());
          }

          @Override
          public List<AuditRow> load(
              int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return audit.search(search(), first, size);
          }

          @Override
          public String getRowKey(AuditRow row) {
            return String.valueOf(row.id());
          }
        };
  }

  private AuditSearch search() {
    return new AuditSearch(
        username == null || username.isBlank() ? null : username.strip(),
        recordType == null || recordType.isBlank() ? null : recordType,
        recordId,
        action,
        from == null ? null : from.atStartOfDay(time.zone()).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(time.zone()).toInstant());
    // the days are the company's, as the auditor means them
  }

  public void exportCsv() throws IOException {
    export(ExportFormat.CSV);
  }

  public void exportXlsx() throws IOException {
    export(ExportFormat.XLSX);
  }

  public void exportPdf() throws IOException {
    export(ExportFormat.PDF);
  }

  /** Every entry the current search matches, as a file. */
  private void export(ExportFormat format) throws IOException {
    AuditSearch search = search();
    downloads.send(
        format,
        "audit.file",
        List.of(
            "audit.entry",
            "audit.at",
            "audit.user",
            "audit.action",
            "audit.recordType",
            "audit.recordId",
            "audit.record",
            "audit.changes",
            "audit.channel",
            "audit.address"),
        (columns, out) -> audit.exportJournal(search, format, columns, out));
  }

  /** Checks the whole hash chain now. */
  public void verify() {
    try {
      verification = audit.verifyChain();
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
  }

  public LazyDataModel<AuditRow> getEntries() {
    return entries;
  }

  public Verification getVerification() {
    return verification;
  }

  public List<String> getRecordTypes() {
    return RECORD_TYPES;
  }

  public AuditAction[] getActions() {
    return AuditAction.values();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getRecordType() {
    return recordType;
  }

  public void setRecordType(String recordType) {
    this.recordType = recordType;
  }

  public Long getRecordId() {
    return recordId;
  }

  public void setRecordId(Long recordId) {
    this.recordId = recordId;
  }

  public AuditAction getAction() {
    return action;
  }

  public void setAction(AuditAction action) {
    this.action = action;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
