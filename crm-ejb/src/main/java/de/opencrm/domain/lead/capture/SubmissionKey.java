package de.opencrm.domain.lead.capture;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * An Idempotency-Key a client sent with a lead, and the lead it became once the inbox took it in
 * (none when the honeypot caught it): the same key again gets the same answer, not a second lead.
 */
@Entity
@Table(name = "crm_web_lead_key")
@NamedQuery(
    name = "SubmissionKey.seen",
    query = "SELECT k.key FROM SubmissionKey k WHERE k.key IN :keys")
@NamedQuery(
    name = "SubmissionKey.deleteReceivedBefore",
    query = "DELETE FROM SubmissionKey k WHERE k.receivedAt < :before")
public class SubmissionKey {

  /** What a key may look like: printable ASCII without spaces, as UUIDs and most clients send. */
  private static final Pattern VALID = Pattern.compile("[\\x21-\\x7e]{1,100}");

  @Id
  @Column(name = "idempotency_key", length = 100)
  private String key;

  @Column(name = "lead_id")
  private Long leadId;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  protected SubmissionKey() {}

  public SubmissionKey(String key, Long leadId, Instant receivedAt) {
    this.key = key;
    this.leadId = leadId;
    this.receivedAt = receivedAt;
  }

  public static boolean isValid(String key) {
    return key != null && VALID.matcher(key).matches();
  }

  public String getKey() {
    return key;
  }

  /** The inbox turned the submission into this lead (or added it to this open lead). */
  public void becameLead(long leadId) {
    this.leadId = leadId;
  }

  public Long getLeadId() {
    return leadId;
  }
}
