package de.opencrm.domain.erp;

import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Something the reconciliation found that does not fit, kept once by its key however often the runs
 * find it again: an ERP debtor unknown to the CRM, a company that looks like a debtor (proposed, a
 * person confirms or rejects it; the next run applies the decision), a CRM-owned value the ERP sees
 * otherwise, a company with a debtor number the ERP no longer delivers.
 */
@Entity
@Table(name = "crm_erp_discrepancy")
public class ErpDiscrepancy {

  public enum Kind {
    UNKNOWN_DEBTOR,
    PROPOSED_MATCH,
    CONFLICT,
    MISSING_IN_ERP
  }

  public enum Status {
    OPEN,
    /** A proposed match a person confirmed: the next run gives the company the debtor number. */
    CONFIRMED,
    /** Rejected: a proposal not to make again, a conflict where the CRM's value stays. */
    REJECTED,
    /** No longer found: the debtor found its company, the company is delivered again. */
    RESOLVED
  }

  @Id
  @SequenceGenerator(
      name = "crm_erp_discrepancy_seq",
      sequenceName = "crm_erp_discrepancy_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_erp_discrepancy_seq")
  private Long id;

  @Column(name = "dedup_key", nullable = false, length = 120)
  private String dedupKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Kind kind;

  @Column(name = "debtor_number", length = 40)
  private String debtorNumber;

  @Column(name = "account_id")
  private Long accountId;

  @Column(length = 40)
  private String field;

  @Column(name = "erp_value", length = 200)
  private String erpValue;

  @Column(name = "crm_value", length = 200)
  private String crmValue;

  private Integer score;

  @Column(length = 200)
  private String reasons;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Status status = Status.OPEN;

  @Column(name = "first_run", nullable = false)
  private long firstRun;

  @Column(name = "last_run", nullable = false)
  private long lastRun;

  @Column(name = "decided_by", length = 40)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Version
  @Column(nullable = false)
  private long version;

  protected ErpDiscrepancy() {}

  public ErpDiscrepancy(
      Kind kind,
      String debtorNumber,
      Long accountId,
      String field,
      String erpValue,
      String crmValue,
      long run) {
    this.kind = kind;
    this.debtorNumber = debtorNumber;
    this.accountId = accountId;
    this.field = field;
    this.erpValue = Texts.cut(erpValue, 200);
    this.crmValue = Texts.cut(crmValue, 200);
    this.firstRun = run;
    this.lastRun = run;
    this.dedupKey = keyOf(kind, debtorNumber, accountId, field, erpValue);
  }

  /** The key a discrepancy is kept once by: the same finding in a later run is the same row. */
  public static String keyOf(
      Kind kind, String debtorNumber, Long accountId, String field, String erpValue) {
    String key =
        kind.ordinal()
            + ":"
            + (debtorNumber == null ? "" : debtorNumber)
            + ":"
            + (accountId == null ? "" : accountId)
            + ":"
            + (field == null ? "" : field)
            + ":"
            + (erpValue == null ? "" : RecordHash.of(erpValue).substring(0, 12));
    return key;
  }

  public void scored(int newScore, String newReasons) {
    this.score = newScore;
    this.reasons = Texts.cut(newReasons, 200);
  }

  /** Found again in a run: an open one stays open, a resolved one opens again. */
  public void foundAgain(long run) {
    lastRun = run;
    if (status == Status.RESOLVED) {
      status = Status.OPEN;
    }
  }

  public void resolve(long run) {
    if (status == Status.OPEN) {
      status = Status.RESOLVED;
      lastRun = run;
    }
  }

  /**
   * A person's decision: a proposal confirmed or rejected, a conflict left to the CRM's value
   * (rejected). Refused when someone decided in between or for what cannot be decided.
   */
  public void decide(boolean confirm, String user, Instant at, long versionSeen) {
    if (version != versionSeen) {
      throw new BusinessException("error.concurrentEdit", decidedBy == null ? "" : decidedBy);
    }
    if (status != Status.OPEN || (confirm && kind != Kind.PROPOSED_MATCH)) {
      throw new BusinessException("erp.discrepancy.notDecidable");
    }
    status = confirm ? Status.CONFIRMED : Status.REJECTED;
    decidedBy = user;
    decidedAt = at;
  }

  /**
   * A conflict resolved by taking the ERP's value into the company (confirmed); refused when
   * someone decided in between or for anything but an open conflict.
   */
  public void takeErpValue(String user, Instant at, long versionSeen) {
    if (version != versionSeen) {
      throw new BusinessException("error.concurrentEdit", decidedBy == null ? "" : decidedBy);
    }
    if (status != Status.OPEN || kind != Kind.CONFLICT) {
      throw new BusinessException("erp.discrepancy.notDecidable");
    }
    status = Status.CONFIRMED;
    decidedBy = user;
    decidedAt = at;
  }

  /** Whether a person can still decide on it (reject, or acknowledge a report). */
  public boolean isOpen() {
    return status == Status.OPEN;
  }

  public Long getId() {
    return id;
  }

  public String getDedupKey() {
    return dedupKey;
  }

  public Kind getKind() {
    return kind;
  }

  public String getDebtorNumber() {
    return debtorNumber;
  }

  public Long getAccountId() {
    return accountId;
  }

  public String getField() {
    return field;
  }

  public String getErpValue() {
    return erpValue;
  }

  public String getCrmValue() {
    return crmValue;
  }

  public Integer getScore() {
    return score;
  }

  public String getReasons() {
    return reasons;
  }

  public Status getStatus() {
    return status;
  }

  public long getFirstRun() {
    return firstRun;
  }

  public long getLastRun() {
    return lastRun;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public long getVersion() {
    return version;
  }
}
