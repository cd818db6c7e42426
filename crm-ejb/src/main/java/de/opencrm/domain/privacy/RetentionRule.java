package de.opencrm.domain.privacy;

import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A retention rule (Löschregel): what becomes due for deletion, after how many months where the
 * rule has a period. The kinds are fixed in code; the data protection officer sets the months and
 * switches rules on and off.
 */
@Entity
@Table(name = "crm_retention_rule")
public class RetentionRule extends AuditedEntity implements AuditLabelled {

  /** What a rule finds. */
  public enum Kind {
    /** Records kept restricted after an erasure whose statutory period has ended. */
    EXPIRED_RESTRICTIONS(false),
    /**
     * People nobody changed, wrote about or planned anything for, and who have no valid consent,
     * for the rule's months.
     */
    INACTIVE_PEOPLE(true),
    /** Leads nobody changed for the rule's months that never became customers: deleted. */
    UNTOUCHED_LEADS(true);

    private final boolean hasPeriod;

    Kind(boolean hasPeriod) {
      this.hasPeriod = hasPeriod;
    }

    public boolean hasPeriod() {
      return hasPeriod;
    }
  }

  public static final int MAX_MONTHS = 600;

  @Id private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30, updatable = false)
  private Kind kind;

  @Column private Integer months;

  @Column(nullable = false)
  private boolean active;

  protected RetentionRule() {}

  public void configure(boolean isActive, Integer newMonths) {
    if (kind.hasPeriod() && (newMonths == null || newMonths < 1 || newMonths > MAX_MONTHS)) {
      throw new BusinessException("retention.monthsInvalid", MAX_MONTHS);
    }
    this.active = isActive;
    this.months = kind.hasPeriod() ? newMonths : null;
  }

  /** The day before which a record counts as untouched under this rule. */
  public LocalDate cutoff(LocalDate today) {
    return months == null ? today : today.minusMonths(months);
  }

  @Override
  public String auditLabel() {
    return kind.name();
  }

  public Long getId() {
    return id;
  }

  public Kind getKind() {
    return kind;
  }

  public Integer getMonths() {
    return months;
  }

  public boolean isActive() {
    return active;
  }
}
