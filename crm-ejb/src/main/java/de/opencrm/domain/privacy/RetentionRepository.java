package de.opencrm.domain.privacy;

import de.opencrm.domain.activity.AttachedToRecord;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface RetentionRepository {

  /** A record a rule found due: its type and id, what to call it, since when it is due. */
  record DueRecord(String recordType, long id, String label, LocalDate dueSince) {}

  /** Leads not converted and not changed since the cutoff. */
  List<DueRecord> untouchedLeads(Instant cutoff, int limit);

  /** The lead, if it is still not converted and untouched since the cutoff. */
  Optional<de.opencrm.domain.lead.Lead> untouchedLead(long id, Instant cutoff);

  void deleteLead(de.opencrm.domain.lead.Lead lead);

  /** A candidate as the review list shows it. */
  record CandidateRow(
      long id,
      RetentionRule.Kind kind,
      String recordType,
      long recordId,
      String label,
      LocalDate dueSince,
      RetentionCandidate.Outcome outcome)
      implements java.io.Serializable {}

  List<RetentionRule> rules();

  Optional<RetentionRule> findRule(long id);

  RetentionRun addRun(RetentionRun run);

  Optional<RetentionRun> findRun(long id);

  /** Proposed, carried out and discarded runs, newest first. */
  List<RetentionRun> recentRuns(int max);

  void addCandidate(RetentionCandidate candidate);

  Page<CandidateRow> candidates(long runId, PageRequest request);

  /** A run's candidates in id order from {@code afterId} on, a batch at a time. */
  List<RetentionCandidate> pendingCandidates(long runId, long afterId, int limit);

  /** Journal entries, documents and consents whose restriction ended before {@code today}. */
  List<DueRecord> expiredRestrictions(LocalDate today, int limit);

  /**
   * People not erased or merged that nobody changed since {@code cutoff}, with no journal entry
   * since then, no open task and no valid consent.
   */
  List<DueRecord> inactivePeople(Instant cutoff, int limit);

  boolean stillInactive(long contactId, Instant cutoff);

  /** A journal entry or document by its audit record type ("Activity", "Document"). */
  Optional<AttachedToRecord> attached(String recordType, long id);

  Optional<Consent> consent(long id);

  void deleteConsent(Consent consent);
}
