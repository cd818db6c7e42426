package de.opencrm.domain.lead.capture;

import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.Sensitive;
import de.opencrm.domain.lead.LeadSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A platform that delivers leads by webhook (a social network's lead forms, a middleware): the key
 * in its address, the source its leads count as, the secret that signs its deliveries and where
 * each lead field is found in them.
 */
@Entity
@Table(name = "crm_lead_webhook")
@NamedQuery(
    name = "LeadWebhook.findAll",
    query = "SELECT w FROM LeadWebhook w ORDER BY w.name, w.id")
@NamedQuery(
    name = "LeadWebhook.findByKey",
    query = "SELECT w FROM LeadWebhook w WHERE w.hookKey = :key")
public class LeadWebhook extends AuditedEntity implements AuditLabelled {

  @Id
  @SequenceGenerator(
      name = "crm_lead_webhook_seq",
      sequenceName = "crm_lead_webhook_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_lead_webhook_seq")
  private Long id;

  @Column(name = "hook_key", nullable = false, length = 60)
  private String hookKey;

  @Column(nullable = false, length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private LeadSource source = LeadSource.SOCIAL;

  /** Sealed in the database (META-INF/orm.xml). */
  @Sensitive
  @Column(nullable = false, length = 300)
  private String secret;

  @Column(nullable = false, length = 2000)
  private String mapping;

  @Column(nullable = false)
  private boolean active = true;

  protected LeadWebhook() {}

  public LeadWebhook(String hookKey, String secret) {
    this.hookKey = hookKey;
    this.secret = secret;
  }

  public void describe(String newName, LeadSource newSource, PayloadMapping newMapping) {
    this.name = newName.strip();
    this.source = newSource;
    this.mapping = newMapping.text();
  }

  public void activate(boolean on) {
    this.active = on;
  }

  public void replaceSecret(String newSecret) {
    this.secret = newSecret;
  }

  /** The mapping as stored; it was checked when saved. */
  public PayloadMapping payloadMapping() {
    return PayloadMapping.parse(mapping).mapping();
  }

  @Override
  public String auditLabel() {
    return name;
  }

  public Long getId() {
    return id;
  }

  public String getHookKey() {
    return hookKey;
  }

  public String getName() {
    return name;
  }

  public LeadSource getSource() {
    return source;
  }

  public String getSecret() {
    return secret;
  }

  public String getMapping() {
    return mapping;
  }

  public boolean isActive() {
    return active;
  }
}
