package de.opencrm.domain.erp;

import de.opencrm.domain.common.Texts;
import de.opencrm.integration.erp.ErpFileCheck;
import de.opencrm.integration.erp.ErpKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file a run of the reconciliation received: its checksum (so the same content is never applied
 * twice), how many records it held and how many were refused, and what became of it.
 */
@Entity
@Table(name = "crm_erp_file")
public class ErpFile {

  public enum Status {
    /** Checked and usable; applied when the run gets to its kind. */
    CHECKED,
    /** Unusable as a whole (see problem and detail): nothing of it is applied. */
    REFUSED,
    /** The same content was applied before: passed over. */
    DUPLICATE,
    /** Applied and archived. */
    APPLIED
  }

  @Id
  @SequenceGenerator(
      name = "crm_erp_file_seq",
      sequenceName = "crm_erp_file_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_erp_file_seq")
  private Long id;

  @Column(name = "run_id", nullable = false)
  private long runId;

  @Column(nullable = false, length = 255)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ErpKind kind;

  @Column(nullable = false, length = 64)
  private String checksum;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false)
  private long records;

  @Column(nullable = false)
  private long refused;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private ErpFileCheck.Code problem;

  @Column(length = 1000)
  private String detail;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "applied_at")
  private Instant appliedAt;

  @Column(name = "archived_as", length = 500)
  private String archivedAs;

  protected ErpFile() {}

  public ErpFile(
      long runId, String name, ErpKind kind, String checksum, long sizeBytes, Instant receivedAt) {
    this.runId = runId;
    this.name = name;
    this.kind = kind;
    this.checksum = checksum;
    this.sizeBytes = sizeBytes;
    this.receivedAt = receivedAt;
    this.status = Status.CHECKED;
  }

  /** Takes what the check found: usable with its refused records, or refused as a whole. */
  public void checked(ErpFileCheck check) {
    records = check.records();
    refused = check.refused().size();
    if (!check.usable()) {
      status = Status.REFUSED;
      problem = check.fatal().code();
      detail = Texts.cut(check.fatal().detail(), 1000);
    }
  }

  /** Passed over: the same content was applied in the run named. */
  public void duplicateOf(ErpFile applied) {
    status = Status.DUPLICATE;
    detail = "run " + applied.runId + ", " + applied.name;
  }

  public void applied(Instant at, String archivedPath) {
    status = Status.APPLIED;
    appliedAt = at;
    archivedAs = archivedPath;
  }

  public Long getId() {
    return id;
  }

  public long getRunId() {
    return runId;
  }

  public String getName() {
    return name;
  }

  public ErpKind getKind() {
    return kind;
  }

  public String getChecksum() {
    return checksum;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public long getRecords() {
    return records;
  }

  public long getRefused() {
    return refused;
  }

  public Status getStatus() {
    return status;
  }

  public ErpFileCheck.Code getProblem() {
    return problem;
  }

  public String getDetail() {
    return detail;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Instant getAppliedAt() {
    return appliedAt;
  }

  public String getArchivedAs() {
    return archivedAs;
  }
}
