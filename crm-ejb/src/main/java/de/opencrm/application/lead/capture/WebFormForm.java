package de.opencrm.application.lead.capture;

import de.opencrm.domain.lead.LeadSource;
import de.opencrm.domain.lead.capture.WebForm;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A web form as the administrator edits it. */
public class WebFormForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private long version;

  @NotBlank
  @Pattern(regexp = WebForm.KEY_PATTERN, message = "{crm.webform.key.pattern}")
  private String formKey;

  @NotBlank
  @Size(max = 100)
  private String name;

  @NotNull private LeadSource source = LeadSource.WEB_FORM;

  @NotNull
  @Pattern(regexp = "de|en")
  private String language = "de";

  @Size(max = 500)
  private String thankYouUrl;

  @Size(max = 1000)
  private String allowedOrigins;

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

  public String getFormKey() {
    return formKey;
  }

  public void setFormKey(String formKey) {
    this.formKey = formKey;
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

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getThankYouUrl() {
    return thankYouUrl;
  }

  public void setThankYouUrl(String thankYouUrl) {
    this.thankYouUrl = thankYouUrl;
  }

  public String getAllowedOrigins() {
    return allowedOrigins;
  }

  public void setAllowedOrigins(String allowedOrigins) {
    this.allowedOrigins = allowedOrigins;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
