package de.opencrm.domain.tag;

import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One tag, shared by every record that carries it. */
@Entity
@Table(name = "crm_tag")
public class Tag extends AuditedEntity implements AuditLabelled {

  @Id
  @SequenceGenerator(name = "crm_tag_seq", sequenceName = "crm_tag_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_tag_seq")
  private Long id;

  @Column(nullable = false, length = TagNames.MAX_LENGTH)
  private String name;

  @Column(name = "name_key", nullable = false, length = TagNames.MAX_LENGTH * 2)
  private String nameKey;

  protected Tag() {}

  public Tag(String name) {
    this.name = TagNames.tidy(name);
    this.nameKey = TagNames.key(name);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getNameKey() {
    return nameKey;
  }

  @Override
  public String auditLabel() {
    return getName();
  }
}
