package de.opencrm.domain.lead.capture;

import de.opencrm.domain.audit.AuditChannel;
import de.opencrm.domain.common.Texts;
import de.opencrm.domain.lead.LeadOrigin;
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
import java.time.Instant;

/**
 * A submission the public endpoint accepted, waiting in the inbox to become a lead: everything the
 * client sent (already checked), where it came from and, once turning it into a lead failed, why.
 * Stored in the request's own short transaction, so an acknowledged submission is on disk; the
 * server takes waiting ones in batches and deletes each with the lead it became.
 */
@Entity
@Table(name = "crm_lead_inbox")
@NamedQuery(
    name = "ReceivedLead.waiting",
    query =
        "SELECT r.id FROM ReceivedLead r WHERE r.attempts < "
            + ReceivedLead.MAX_ATTEMPTS
            + " ORDER BY r.id")
@NamedQuery(
    name = "ReceivedLead.lockAll",
    query =
        "SELECT r FROM ReceivedLead r WHERE r.id IN :ids AND r.attempts < "
            + ReceivedLead.MAX_ATTEMPTS
            + " ORDER BY r.id")
@NamedQuery(
    name = "ReceivedLead.countWaiting",
    query = "SELECT COUNT(r) FROM ReceivedLead r WHERE r.attempts < " + ReceivedLead.MAX_ATTEMPTS)
@NamedQuery(
    name = "ReceivedLead.failed",
    query =
        "SELECT r FROM ReceivedLead r WHERE r.attempts >= "
            + ReceivedLead.MAX_ATTEMPTS
            + " ORDER BY r.id")
public class ReceivedLead {

  /** After this many failed attempts a submission waits for the administrator. */
  public static final int MAX_ATTEMPTS = 3;

  @Id
  @SequenceGenerator(
      name = "crm_lead_inbox_seq",
      sequenceName = "crm_lead_inbox_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_lead_inbox_seq")
  private Long id;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private LeadSource source;

  @Column(length = 500, updatable = false)
  private String referrer;

  @Enumerated(EnumType.STRING)
  @Column(length = 20, updatable = false)
  private AuditChannel channel;

  @Column(length = 64, updatable = false)
  private String address;

  @Column(name = "idempotency_key", length = 100, updatable = false)
  private String idempotencyKey;

  @Column(name = "first_name", length = 100, updatable = false)
  private String firstName;

  @Column(name = "last_name", nullable = false, length = 100, updatable = false)
  private String lastName;

  @Column(length = 254, updatable = false)
  private String email;

  @Column(length = 40, updatable = false)
  private String phone;

  @Column(length = 200, updatable = false)
  private String company;

  @Column(name = "job_title", length = 100, updatable = false)
  private String jobTitle;

  @Column(length = 200, updatable = false)
  private String street;

  @Column(name = "postal_code", length = 10, updatable = false)
  private String postalCode;

  @Column(length = 100, updatable = false)
  private String city;

  @Column(length = 2, updatable = false)
  private String country;

  @Column(length = 100, updatable = false)
  private String industry;

  @Column(length = 2000, updatable = false)
  private String message;

  @Column(length = 5, updatable = false)
  private String language;

  @Column(name = "form_id", length = 60, updatable = false)
  private String formId;

  @Column(name = "page_url", length = 500, updatable = false)
  private String pageUrl;

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

  @Column(nullable = false)
  private int attempts;

  @Column(length = 1000)
  private String failure;

  @Column(name = "failed_at")
  private Instant failedAt;

  protected ReceivedLead() {}

  /** A checked submission (no bot's) as it arrived, with its channel and the client's address. */
  public ReceivedLead(
      WebLeadSubmission in,
      LeadSource source,
      String referrer,
      AuditChannel channel,
      String address,
      String idempotencyKey,
      Instant receivedAt) {
    this.receivedAt = receivedAt;
    this.source = source;
    this.referrer = Texts.cut(referrer, 500);
    this.channel = channel;
    this.address = Texts.cut(address, 64);
    this.idempotencyKey = idempotencyKey;
    this.firstName = in.firstName();
    this.lastName = in.lastName();
    this.email = in.email();
    this.phone = in.phone();
    this.company = in.company();
    this.jobTitle = in.jobTitle();
    this.street = in.street();
    this.postalCode = in.postalCode();
    this.city = in.city();
    this.country = in.country();
    this.industry = in.industry();
    this.message = in.message();
    this.language = in.language();
    this.formId = in.formId();
    this.pageUrl = in.pageUrl();
    LeadOrigin.Utm utm =
        in.utm() == null ? new LeadOrigin.Utm(null, null, null, null, null) : in.utm();
    this.utmSource = utm.source();
    this.utmMedium = utm.medium();
    this.utmCampaign = utm.campaign();
    this.utmTerm = utm.term();
    this.utmContent = utm.content();
  }

  /** The submission as it was accepted. */
  public WebLeadSubmission submission() {
    return new WebLeadSubmission(
        firstName,
        lastName,
        email,
        phone,
        company,
        jobTitle,
        street,
        postalCode,
        city,
        country,
        industry,
        message,
        language,
        formId,
        pageUrl,
        new LeadOrigin.Utm(utmSource, utmMedium, utmCampaign, utmTerm, utmContent),
        false);
  }

  /** Turning it into a lead failed (the lead's transaction rolled back): counted, with why. */
  public void failed(String why, Instant at) {
    attempts++;
    failure = Texts.cut(why, 1000);
    failedAt = at;
  }

  /** The administrator asks for another try of a submission that failed. */
  public void retry() {
    attempts = 0;
  }

  public Long getId() {
    return id;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public LeadSource getSource() {
    return source;
  }

  public String getReferrer() {
    return referrer;
  }

  public AuditChannel getChannel() {
    return channel;
  }

  public String getAddress() {
    return address;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public int getAttempts() {
    return attempts;
  }

  public String getFailure() {
    return failure;
  }

  public Instant getFailedAt() {
    return failedAt;
  }
}
