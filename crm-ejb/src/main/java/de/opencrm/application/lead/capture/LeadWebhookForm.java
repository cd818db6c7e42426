package de.opencrm.application.lead.capture;

import de.opencrm.domain.lead.LeadSource;
import de.opencrm.domain.lead.capture.PayloadMapping;
import de.opencrm.domain.lead.capture.WebForm;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A lead webhook as the administrator edits it; the secret is generated, never typed. */
public class LeadWebhookForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private long version;

  @NotBlank
  @Pattern(regexp = WebForm.KEY_PATTERN, message = "{crm.webform.key.pattern}")
  private String hookKey;

  @NotBlank
  @Size(max = 100)
  private String name;

  @NotNull private LeadSource source = LeadSource.SOCIAL;

  @NotBlank
  @Size(max = 2000)
  private String mapping = PayloadMapping.META_LEAD_ADS;

  private boolean active = true;

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public String getHookKey() {
    return hookKey;
  }

  public void setHookKey(String hookKey) {
    this.hookKey = hookKey;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LeadSource getSource() {
    return source;
  }

  public void setSource(LeadSource source) {
    this.source = source;
  }

  public String getMapping() {
    return mapping;
  }

  public void setMapping(String mapping) {
    this.mapping = mapping;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
