package de.opencrm.domain.lead;

import de.opencrm.domain.admin.User;
import de.opencrm.domain.common.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The lead settings an administrator keeps (one row): who gets a lead no routing rule takes. */
@Entity
@Table(name = "crm_lead_settings")
public class LeadSettings extends AuditedEntity {

  /** The only row's id. */
  public static final long ID = 1L;

  @Id private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "default_owner_id")
  private User defaultOwner;

  protected LeadSettings() {}

  public void setDefaultOwner(User owner) {
    this.defaultOwner = owner;
  }

  /** Null: a lead no rule takes waits unassigned. */
  public User getDefaultOwner() {
    return defaultOwner;
  }
}
