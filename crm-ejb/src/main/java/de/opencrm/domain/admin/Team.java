package de.opencrm.domain.admin;

import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A sales or service team; a MANAGER sees the records of the team they belong to. */
@Entity
@Table(name = "crm_team")
@NamedQuery(name = "Team.findAll", query = "SELECT t FROM Team t ORDER BY t.name")
@NamedQuery(
    name = "Team.findByName",
    query = "SELECT t FROM Team t WHERE LOWER(t.name) = LOWER(:name)")
public class Team extends AuditedEntity implements AuditLabelled {

  @Id
  @SequenceGenerator(name = "crm_team_seq", sequenceName = "crm_team_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_team_seq")
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(length = 500)
  private String description;

  protected Team() {}

  public Team(String name, String description) {
    rename(name, description);
  }

  public final void rename(String newName, String newDescription) {
    this.name = newName.strip();
    this.description = Texts.trimToNull(newDescription);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  @Override
  public String auditLabel() {
    return getName();
  }
}
