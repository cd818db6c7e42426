package de.opencrm.domain.lead.capture;

import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.Texts;
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
import java.util.Arrays;
import java.util.List;

/**
 * A form on the company's website that sends leads: its key (the form id its leads carry), the
 * source its leads count as (a fair's form as "event"), the language of its labels, where the
 * visitor goes after sending it, and the websites allowed to send it from a browser.
 */
@Entity
@Table(name = "crm_web_form")
@NamedQuery(name = "WebForm.findAll", query = "SELECT f FROM WebForm f ORDER BY f.name, f.id")
@NamedQuery(name = "WebForm.findByKey", query = "SELECT f FROM WebForm f WHERE f.formKey = :key")
public class WebForm extends AuditedEntity implements AuditLabelled {

  /** A form key: lower case letters, digits and dashes, as it appears in the form's HTML. */
  public static final String KEY_PATTERN = "[a-z0-9][a-z0-9-]{0,59}";

  @Id
  @SequenceGenerator(
      name = "crm_web_form_seq",
      sequenceName = "crm_web_form_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_web_form_seq")
  private Long id;

  @Column(name = "form_key", nullable = false, length = 60)
  private String formKey;

  @Column(nullable = false, length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private LeadSource source = LeadSource.WEB_FORM;

  @Column(nullable = false, length = 5)
  private String language = "de";

  @Column(name = "thank_you_url", length = 500)
  private String thankYouUrl;

  /** Canonical origins separated by commas. */
  @Column(name = "allowed_origins", length = 1000)
  private String allowedOrigins;

  @Column(nullable = false)
  private boolean active = true;

  protected WebForm() {}

  public WebForm(String formKey) {
    this.formKey = formKey;
  }

  public void describe(
      String newName, LeadSource newSource, String newLanguage, String newThankYouUrl) {
    this.name = newName.strip();
    this.source = newSource;
    this.language = newLanguage;
    this.thankYouUrl = Texts.trimToNull(newThankYouUrl);
  }

  /** Origins come checked by AllowedOrigins. */
  public void allowFrom(List<String> origins) {
    this.allowedOrigins = origins.isEmpty() ? null : String.join(",", origins);
  }

  public void activate(boolean on) {
    this.active = on;
  }

  public boolean allows(String origin) {
    return origins().contains(origin);
  }

  public List<String> origins() {
    return allowedOrigins == null ? List.of() : Arrays.asList(allowedOrigins.split(","));
  }

  @Override
  public String auditLabel() {
    return name + " (" + formKey + ")";
  }

  public Long getId() {
    return id;
  }

  public String getFormKey() {
    return formKey;
  }

  public String getName() {
    return name;
  }

  public LeadSource getSource() {
    return source;
  }

  public String getLanguage() {
    return language;
  }

  public String getThankYouUrl() {
    return thankYouUrl;
  }

  public boolean isActive() {
    return active;
  }
}
