package de.opencrm.domain.lead.capture;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The web-lead inbox: submissions stored as they arrive and waiting to become leads, and the
 * idempotency keys clients sent them with.
 */
public interface WebLeadInbox {

  /** Which of these keys came with an earlier submission. */
  Set<String> keysSeen(Collection<String> keys);

  Optional<SubmissionKey> key(String key);

  void remember(SubmissionKey key);

  /** Forgets the keys received before then; how many. */
  int forgetKeysBefore(Instant before);

  void add(ReceivedLead received);

  Optional<ReceivedLead> findById(long id);

  /** The oldest submissions waiting to become leads, at most {@code max}. */
  List<Long> waiting(int max);

  /**
   * These submissions, still waiting, locked for this transaction (one another server took is
   * gone); the transaction's queries stop writing pending changes first, so the batch writes them
   * when flushed.
   */
  List<ReceivedLead> lockForTakingIn(List<Long> ids);

  /** Writes the changes pending so far. */
  void flush();

  long countWaiting();

  /** The submissions that failed to become leads too often, oldest first, at most {@code max}. */
  List<ReceivedLead> failed(int max);

  void remove(ReceivedLead received);
}
