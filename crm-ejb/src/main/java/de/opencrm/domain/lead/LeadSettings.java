package de.opencrm.domain.lead;

import de.opencrm.domain.admin.User;
import de.opencrm.domain.common.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * The lead settings an administrator keeps (one row): who gets a lead no routing rule takes, and
 * the score that makes a lead marketing qualified.
 */
@Entity
@Table(name = "crm_lead_settings")
public class LeadSettings extends AuditedEntity {

  /** The only row's id. */
  public static final long ID = 1L;

  @Id private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "default_owner_id")
  private User defaultOwner;

  /** The score at which a lead becomes MQL by itself; 0: never. */
  @Column(name = "mql_threshold", nullable = false)
  private int mqlThreshold = DEFAULT_MQL_THRESHOLD;

  public static final int DEFAULT_MQL_THRESHOLD = 60;

  /** Hours a new lead may wait before its owner's manager hears of it; 0: never. */
  @Column(name = "escalate_after_hours", nullable = false)
  private int escalateAfterHours = 24;

  /** Whether an escalated lead is also routed again (to someone who is there). */
  @Column(name = "escalation_reroute", nullable = false)
  private boolean escalationReroute;

  public void escalateAfter(int hours, boolean reroute) {
    this.escalateAfterHours = hours;
    this.escalationReroute = reroute;
  }

  public int getEscalateAfterHours() {
    return escalateAfterHours;
  }

  public boolean isEscalationReroute() {
    return escalationReroute;
  }

  protected LeadSettings() {}

  public void setMqlThreshold(int threshold) {
    this.mqlThreshold = threshold;
  }

  public int getMqlThreshold() {
    return mqlThreshold;
  }

  public void setDefaultOwner(User owner) {
    this.defaultOwner = owner;
  }

  /** Null: a lead no rule takes waits unassigned. */
  public User getDefaultOwner() {
    return defaultOwner;
  }
}
