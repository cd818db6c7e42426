package de.opencrm.domain.audit;

import de.opencrm.domain.common.InputText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * One line of the audit journal, never changed once written: what happened (action, record, changed
 * fields), who did it, when, from which address and through which channel. Its id is its place in
 * the chain (1, 2, 3, ... without gaps) and its hash covers all of it and the hash of the entry
 * before, so changing, removing or inserting an entry later breaks the chain there.
 */
@Entity
@Table(name = "crm_audit_entry")
public class AuditEntry {

  /** The hash the first entry links to. */
  public static final String GENESIS = "0".repeat(64);

  public static final int MAX_CHANGES = 4000;
  public static final int MAX_LABEL = 200;

  @Id private Long id;

  @Column(name = "at", nullable = false, updatable = false)
  private Instant at;

  @Column(name = "username", length = 40, updatable = false)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 10, updatable = false)
  private AuditChannel channel;

  @Column(name = "address", length = 45, updatable = false)
  private String address;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, length = 20, updatable = false)
  private AuditAction action;

  @Column(name = "record_type", length = 40, updatable = false)
  private String recordType;

  @Column(name = "record_id", updatable = false)
  private Long recordId;

  @Column(name = "record_label", length = MAX_LABEL, updatable = false)
  private String recordLabel;

  @Column(name = "changes", length = MAX_CHANGES, updatable = false)
  private String changes;

  @Column(name = "previous_hash", nullable = false, length = 64, updatable = false)
  private String previousHash;

  @Column(name = "hash", nullable = false, length = 64, updatable = false)
  private String hash;

  protected AuditEntry() {}

  private AuditEntry(long id, String previousHash, AuditEvent event) {
    this.id = id;
    this.at = event.at().truncatedTo(ChronoUnit.MILLIS);
    this.username = event.username();
    this.channel = event.channel();
    this.address = event.address();
    this.action = event.action();
    this.recordType = event.recordType();
    this.recordId = event.recordId();
    // the label is the record's own text, which may still hold what the stored record lost
    this.recordLabel = cut(InputText.clean(event.recordLabel()), MAX_LABEL);
    this.changes = AuditChanges.write(event.changes(), MAX_CHANGES);
    this.previousHash = previousHash;
    this.hash = computeHash();
  }

  /**
   * The entry that follows the one with this id and hash (0 and {@link #GENESIS} for the first).
   */
  public static AuditEntry after(long previousId, String previousHash, AuditEvent event) {
    return new AuditEntry(previousId + 1, previousHash, event);
  }

  /** The hash of this entry's content as stored now; equals {@link #getHash()} unless tampered. */
  public String computeHash() {
    StringBuilder content = new StringBuilder();
    for (Object part :
        new Object[] {
          id,
          at == null ? null : at.toEpochMilli(),
          username,
          channel,
          address,
          action,
          recordType,
          recordId,
          recordLabel,
          changes,
          previousHash
        }) {
      // length-prefixed, so no two different entries read the same
      String text = part == null ? null : part.toString();
      content.append(text == null ? "-1" : String.valueOf(text.length())).append(':');
      content.append(text == null ? "" : text).append('|');
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getUsername() {
    return username;
  }

  public AuditChannel getChannel() {
    return channel;
  }

  public String getAddress() {
    return address;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getRecordType() {
    return recordType;
  }

  public Long getRecordId() {
    return recordId;
  }

  public String getRecordLabel() {
    return recordLabel;
  }

  public String getChanges() {
    return changes;
  }

  public String getPreviousHash() {
    return previousHash;
  }

  public String getHash() {
    return hash;
  }
}
