package de.opencrm.domain.audit;

import java.util.List;

/** Where the audit journal is kept. */
public interface AuditRepository {

  /** The chain's head as committed (for verification). */
  AuditChainHead head();

  /** A page of entries matching the search, newest first. */
  List<AuditEntry> search(AuditSearch search, int first, int size);

  long count(AuditSearch search);

  /**
   * Entries with ids after {@code afterId} up to {@code lastId}, in id order, at most {@code
   * limit}.
   */
  List<AuditEntry> batchAfter(long afterId, long lastId, int limit);
}
