package de.opencrm.domain.forecast;

import de.opencrm.domain.admin.User;
import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** What a salesperson is expected to win in a month, in euros. */
@Entity
@Table(name = "crm_quota")
public class Quota extends AuditedEntity implements AuditLabelled {

  @Id
  @SequenceGenerator(name = "crm_quota_seq", sequenceName = "crm_quota_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_quota_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id", nullable = false, updatable = false)
  private User user;

  @Column(name = "month_start", nullable = false, updatable = false)
  private LocalDate monthStart;

  @Column(nullable = false, precision = 15, scale = 2)
  private BigDecimal amount;

  protected Quota() {}

  public Quota(User user, YearMonth month, BigDecimal amount) {
    this.user = user;
    this.monthStart = month.atDay(1);
    setAmount(amount);
  }

  /** The quota in euros: not negative, cents at most. */
  public void setAmount(BigDecimal euros) {
    if (euros == null
        || euros.signum() < 0
        || euros.scale() > 2
        || euros.precision() - euros.scale() > 13) {
      throw BusinessException.onField("quota", "quota.amountInvalid");
    }
    this.amount = euros.setScale(2);
  }

  @Override
  public String auditLabel() {
    return user.getUsername() + " " + YearMonth.from(monthStart);
  }

  public Long getId() {
    return id;
  }

  public User getUser() {
    return user;
  }

  public YearMonth getMonth() {
    return YearMonth.from(monthStart);
  }

  public BigDecimal getAmount() {
    return amount;
  }
}
