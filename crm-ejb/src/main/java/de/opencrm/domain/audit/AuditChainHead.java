package de.opencrm.domain.audit;

/**
 * The newest entry of the audit journal (id and hash), kept in one row that every appending
 * transaction locks: entries get their ids one after another without gaps, and a journal cut short
 * at its end is noticed.
 */
public final class AuditChainHead {

  private long lastId;
  private String lastHash;

  public AuditChainHead(long lastId, String lastHash) {
    this.lastId = lastId;
    this.lastHash = lastHash;
  }

  /** Takes the next place in the chain for the event and moves the head onto it. */
  public AuditEntry append(AuditEvent event) {
    AuditEntry entry = AuditEntry.after(lastId, lastHash, event);
    lastId = entry.getId();
    lastHash = entry.getHash();
    return entry;
  }

  public long lastId() {
    return lastId;
  }

  public String lastHash() {
    return lastHash;
  }
}
