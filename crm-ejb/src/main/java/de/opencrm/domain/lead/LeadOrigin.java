package de.opencrm.domain.lead;

import de.opencrm.domain.common.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;

/**
 * Where and when a lead came in (Herkunft): the source, for a web form its id, the page it was sent
 * from, the referrer and the campaign parameters (UTM) the visitor arrived with. Recorded once at
 * capture, never edited.
 */
@Embeddable
public class LeadOrigin implements Serializable {

  private static final long serialVersionUID = 1L;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private LeadSource source;

  @Column(name = "form_id", length = 60, updatable = false)
  private String formId;

  @Column(name = "page_url", length = 500, updatable = false)
  private String pageUrl;

  @Column(length = 500, updatable = false)
  private String referrer;

  @Column(name = "utm_source", length = 100, updatable = false)
  private String utmSource;

  @Column(name = "utm_medium", length = 100, updatable = false)
  private String utmMedium;

  @Column(name = "utm_campaign", length = 100, updatable = false)
  private String utmCampaign;

  @Column(name = "utm_term", length = 100, updatable = false)
  private String utmTerm;

  @Column(name = "utm_content", length = 100, updatable = false)
  private String utmContent;

  @Column(name = "captured_at", nullable = false, updatable = false)
  private Instant capturedAt;

  protected LeadOrigin() {}

  /** A lead entered or imported by hand: only the source and the time. */
  public LeadOrigin(LeadSource source, Instant capturedAt) {
    this(source, null, null, null, null, capturedAt);
  }

  public LeadOrigin(
      LeadSource source,
      String formId,
      String pageUrl,
      String referrer,
      Utm utm,
      Instant capturedAt) {
    this.source = source;
    this.formId = Texts.cut(formId, 60);
    this.pageUrl = Texts.cut(pageUrl, 500);
    this.referrer = Texts.cut(referrer, 500);
    if (utm != null) {
      this.utmSource = Texts.cut(utm.source(), 100);
      this.utmMedium = Texts.cut(utm.medium(), 100);
      this.utmCampaign = Texts.cut(utm.campaign(), 100);
      this.utmTerm = Texts.cut(utm.term(), 100);
      this.utmContent = Texts.cut(utm.content(), 100);
    }
    this.capturedAt = capturedAt;
  }

  /** The campaign parameters of the page's address (utm_source, utm_medium, ...). */
  public record Utm(String source, String medium, String campaign, String term, String content) {}

  public LeadSource getSource() {
    return source;
  }

  public String getFormId() {
    return formId;
  }

  public String getPageUrl() {
    return pageUrl;
  }

  public String getReferrer() {
    return referrer;
  }

  public String getUtmSource() {
    return utmSource;
  }

  public String getUtmMedium() {
    return utmMedium;
  }

  public String getUtmCampaign() {
    return utmCampaign;
  }

  public String getUtmTerm() {
    return utmTerm;
  }

  public String getUtmContent() {
    return utmContent;
  }

  public Instant getCapturedAt() {
    return capturedAt;
  }
}
