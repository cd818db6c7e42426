package de.opencrm.domain.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Who created and last changed a record, and when, plus the optimistic-lock version that refuses a
 * concurrent edit instead of silently overwriting it.
 */
@MappedSuperclass
public abstract class AuditedEntity {

  @Version
  @Column(nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 40)
  private String createdBy;

  @Column(name = "modified_at", nullable = false)
  private Instant modifiedAt;

  @Column(name = "modified_by", nullable = false, length = 40)
  private String modifiedBy;

  public void recordCreation(String user, Instant at) {
    createdBy = user;
    createdAt = at;
    recordModification(user, at);
  }

  public void recordModification(String user, Instant at) {
    modifiedBy = user;
    modifiedAt = at;
  }

  /**
   * Refuses a change made on an older version than the stored one: someone else saved in between,
   * and their work is not silently overwritten.
   */
  public void requireVersion(long versionEdited) {
    if (version != versionEdited) {
      throw new BusinessException("error.concurrentEdit", modifiedBy);
    }
  }

  public long getVersion() {
    return version;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getModifiedAt() {
    return modifiedAt;
  }

  public String getModifiedBy() {
    return modifiedBy;
  }
}
