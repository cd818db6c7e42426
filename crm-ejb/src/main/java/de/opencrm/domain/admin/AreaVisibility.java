package de.opencrm.domain.admin;

import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * Which records of an owned area users of one role (sales or service) see. The rows come with the
 * schema; administrators change only their visibility, and each change is in the audit journal.
 */
@Entity
@Table(name = "crm_area_visibility")
@NamedQuery(name = "AreaVisibility.findAll", query = "SELECT v FROM AreaVisibility v ORDER BY v.id")
public class AreaVisibility extends AuditedEntity implements AuditLabelled {

  @Id private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private Area area;

  @Enumerated(EnumType.STRING)
  @Column(name = "role_name", nullable = false, length = 20, updatable = false)
  private Role role;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Visibility visibility;

  protected AreaVisibility() {}

  public Long getId() {
    return id;
  }

  public Area getArea() {
    return area;
  }

  public Role getRole() {
    return role;
  }

  public Visibility getVisibility() {
    return visibility;
  }

  public void show(Visibility newVisibility) {
    this.visibility = newVisibility;
  }

  @Override
  public String auditLabel() {
    return area + " / " + role;
  }
}
