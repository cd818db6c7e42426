package de.opencrm.domain.ticket;

import de.opencrm.domain.account.CustomerTier;
import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;

/**
 * The SLA targets of tickets of one priority for customers of one tier, in business minutes: the
 * first response and the resolution, and from which share of the target a ticket is flagged.
 */
@Entity
@Table(name = "crm_sla_policy")
public class SlaPolicy extends AuditedEntity implements AuditLabelled {

  @Id
  @SequenceGenerator(
      name = "crm_sla_policy_seq",
      sequenceName = "crm_sla_policy_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_sla_policy_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private TicketPriority priority;

  @Enumerated(EnumType.STRING)
  @Column(name = "customer_tier", nullable = false, length = 10)
  private CustomerTier tier;

  @Column(name = "first_response_minutes", nullable = false)
  private int firstResponseMinutes;

  @Column(name = "resolution_minutes", nullable = false)
  private int resolutionMinutes;

  @Column(name = "warn_percent", nullable = false)
  private int warnPercent;

  protected SlaPolicy() {}

  public SlaPolicy(
      TicketPriority priority,
      CustomerTier tier,
      int firstResponseMinutes,
      int resolutionMinutes,
      int warnPercent) {
    this.priority = priority;
    this.tier = tier;
    this.firstResponseMinutes = firstResponseMinutes;
    this.resolutionMinutes = resolutionMinutes;
    this.warnPercent = warnPercent;
  }

  /**
   * New targets in business minutes and the warning share; the solution takes at least the first
   * answer.
   */
  public void target(int firstResponse, int resolution, int warn) {
    if (firstResponse <= 0) {
      throw BusinessException.onField("firstResponse", "sla.firstResponseInvalid");
    }
    if (resolution < firstResponse) {
      throw BusinessException.onField("resolution", "sla.resolutionInvalid");
    }
    if (warn <= 0 || warn >= 100) {
      throw BusinessException.onField("warn", "sla.warnInvalid");
    }
    this.firstResponseMinutes = firstResponse;
    this.resolutionMinutes = resolution;
    this.warnPercent = warn;
  }

  public Long getId() {
    return id;
  }

  public int getFirstResponseMinutes() {
    return firstResponseMinutes;
  }

  public int getResolutionMinutes() {
    return resolutionMinutes;
  }

  public Duration firstResponse() {
    return Duration.ofMinutes(firstResponseMinutes);
  }

  public Duration resolution() {
    return Duration.ofMinutes(resolutionMinutes);
  }

  public int getWarnPercent() {
    return warnPercent;
  }

  public TicketPriority getPriority() {
    return priority;
  }

  public CustomerTier getTier() {
    return tier;
  }

  @Override
  public String auditLabel() {
    return priority + "/" + tier;
  }
}
