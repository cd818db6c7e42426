package de.opencrm.domain.lead;

import de.opencrm.domain.admin.RecordScope;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Leads, their routing rules and what routing needs to know. List criteria: {@code status}, {@code
 * source}, {@code owner} (a user id, or "none" for unassigned leads), {@code minScore}.
 */
public interface LeadRepository {

  String STATUS = "status";
  String SOURCE = "source";
  String OWNER = "owner";
  String MIN_SCORE = "minScore";

  /** The owner criterion value for leads nobody has yet. */
  String UNASSIGNED = "none";

  Lead add(Lead lead);

  Optional<Lead> findById(long id);

  Page<LeadRow> list(PageRequest request, RecordScope scope);

  /** Leads captured since the time, counted by source and status, as far as the scope sees. */
  java.util.List<LeadFunnel.Count> countBySourceAndStatus(Instant since, RecordScope scope);

  /** Open leads per user, for the given users. */
  Map<Long, Integer> openLeadsOf(Collection<Long> userIds);

  /** The most recent closed leads (converted or disqualified), at most this many. */
  java.util.List<de.opencrm.domain.lead.prediction.ClosedLead> closedHistory(int limit);

  /** For each of these routing rules that gave a lead to someone, who got its latest one. */
  Map<Long, Long> lastOwnersRoutedBy(Collection<Long> ruleIds);

  /** Leads a rule gave each user since the given time (weighted sharing). */
  Map<Long, Integer> routedByRuleSince(long ruleId, Instant since);

  /** The ids of open leads after the given id, in id order: for going through them in batches. */
  java.util.List<Long> openLeadIdsAfter(long afterId, int limit);

  /**
   * The newest open lead of this person: the same e-mail address (lower case) and last name (a
   * shared address such as info@ alone does not make two people one).
   */
  Optional<Lead> findOpenOf(String email, String lastName);

  /** Ids of leads nobody started on, received before the time and not escalated yet. */
  java.util.List<Long> untouchedBefore(Instant receivedBefore, int limit);

  /** The lead, locked until the transaction ends (so two runs never escalate it twice). */
  Optional<Lead> findForUpdate(long id);
}
