package de.opencrm.application.privacy;

import de.opencrm.application.audit.AuditJournal;
import de.opencrm.application.common.CompanyTime;
import de.opencrm.application.common.Stamp;
import de.opencrm.domain.activity.AttachedToRecord;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.audit.AuditAction;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.contact.Contact;
import de.opencrm.domain.contact.ContactRepository;
import de.opencrm.domain.lead.Lead;
import de.opencrm.domain.privacy.Consent;
import de.opencrm.domain.privacy.RetentionCandidate;
import de.opencrm.domain.privacy.RetentionRepository;
import de.opencrm.domain.privacy.RetentionRepository.CandidateRow;
import de.opencrm.domain.privacy.RetentionRepository.DueRecord;
import de.opencrm.domain.privacy.RetentionRule;
import de.opencrm.domain.privacy.RetentionRun;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Retention rules and their runs: a run first proposes what is due (a dry run, nightly and on
 * demand), the data protection officer reviews it and carries it out or discards it. Carrying out
 * re-checks every candidate, so what was touched meanwhile stays. Each run's candidates are its
 * deletion log.
 */
@Permission(area = Area.PRIVACY, operation = Operation.READ)
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PRIVACY})
public class RetentionService {

  /** At most this many candidates per rule and run; the next run finds the rest. */
  static final int MAX_PER_RULE = 10_000;

  private static final int BATCH = 200;

  @Inject RetentionRepository retention;
  @Inject ContactRepository contacts;
  @Inject SubjectErasure erasure;
  @Inject CompanyTime time;
  @Inject AuditJournal journal;
  @Resource SessionContext context;

  /** A rule as the settings show it. */
  public record RuleRow(
      long id, long version, RetentionRule.Kind kind, Integer months, boolean active)
      implements java.io.Serializable {}

  /** A run as the review and the deletion log show it. */
  public record RunRow(
      long id,
      long version,
      RetentionRun.Status status,
      Instant proposedAt,
      int candidates,
      int carriedOut,
      int skipped,
      Instant decidedAt,
      String decidedBy)
      implements java.io.Serializable {

    static RunRow of(RetentionRun run) {
      return new RunRow(
          run.getId(),
          run.getVersion(),
          run.getStatus(),
          run.getCreatedAt(),
          run.getCandidates(),
          run.getCarriedOut(),
          run.getSkipped(),
          run.getDecidedAt(),
          run.getDecidedBy());
    }
  }

  public List<RuleRow> rules() {
    return retention.rules().stream()
        .map(r -> new RuleRow(r.getId(), r.getVersion(), r.getKind(), r.getMonths(), r.isActive()))
        .toList();
  }

  @Permission(area = Area.PRIVACY, operation = Operation.EDIT)
  public void configureRule(long id, long version, boolean active, Integer months) {
    RetentionRule rule =
        retention.findRule(id).orElseThrow(() -> new BusinessException("retention.ruleNotFound"));
    rule.requireVersion(version);
    rule.configure(active, months);
    Stamp stamp = Stamp.of(context);
    rule.recordModification(stamp.user(), stamp.at());
  }

  /**
   * Proposes a run: what the active rules find due now. Deletes nothing, so the nightly schedule
   * may start it without a user; a proposal still open is discarded in favour of the new one.
   */
  @PermitAll
  public long proposeRun() {
    Stamp stamp = Stamp.of(context);
    for (RetentionRun open : retention.recentRuns(20)) {
      if (open.getStatus() == RetentionRun.Status.PROPOSED) {
        open.decide(RetentionRun.Status.DISCARDED, stamp.user(), stamp.at());
        open.recordModification(stamp.user(), stamp.at());
      }
    }
    RetentionRun run = new RetentionRun();
    run.recordCreation(stamp.user(), stamp.at());
    retention.addRun(run);
    LocalDate today = time.today();
    int found = 0;
    for (RetentionRule rule : retention.rules()) {
      if (!rule.isActive()) {
        continue;
      }
      List<DueRecord> due =
          switch (rule.getKind()) {
            case EXPIRED_RESTRICTIONS -> retention.expiredRestrictions(today, MAX_PER_RULE);
            case INACTIVE_PEOPLE -> retention.inactivePeople(cutoff(rule, today), MAX_PER_RULE);
            case UNTOUCHED_LEADS -> retention.untouchedLeads(cutoff(rule, today), MAX_PER_RULE);
          };
      for (DueRecord record : due) {
        retention.addCandidate(
            new RetentionCandidate(
                run,
                rule.getKind(),
                record.recordType(),
                record.id(),
                record.label(),
                record.dueSince()));
      }
      found += due.size();
    }
    run.proposed(found);
    return run.getId();
  }

  /** The newest runs, the open proposal first if there is one: the review and the deletion log. */
  public List<RunRow> runs() {
    return retention.recentRuns(20).stream().map(RunRow::of).toList();
  }

  public Page<CandidateRow> candidates(long runId, @NotNull PageRequest request) {
    return retention.candidates(runId, request);
  }

  /**
   * Carries out a proposal: erases inactive people (as on request, recorded as such) and deletes
   * records whose retention ended, each only if it is still due.
   */
  @Permission(area = Area.PRIVACY, operation = Operation.DELETE)
  public RunRow carryOut(long runId, long version) {
    RetentionRun run = run(runId, version);
    Stamp stamp = Stamp.of(context);
    run.decide(RetentionRun.Status.CARRIED_OUT, stamp.user(), stamp.at());
    Map<RetentionRule.Kind, LocalDate> cutoffs = new LinkedHashMap<>();
    LocalDate today = time.today();
    retention.rules().forEach(r -> cutoffs.put(r.getKind(), r.cutoff(today)));
    int done = 0;
    int skipped = 0;
    long after = 0;
    List<RetentionCandidate> batch;
    do {
      batch = retention.pendingCandidates(runId, after, BATCH);
      for (RetentionCandidate candidate : batch) {
        if (carryOut(candidate, runId, cutoffs, today, stamp)) {
          candidate.done();
          done++;
        } else {
          candidate.skipped();
          skipped++;
        }
        after = candidate.getId();
      }
    } while (batch.size() == BATCH);
    run.count(done, skipped);
    run.recordModification(stamp.user(), stamp.at());
    Map<String, String> summary = new LinkedHashMap<>();
    summary.put("run", String.valueOf(runId));
    summary.put("carriedOut", String.valueOf(done));
    summary.put("skipped", String.valueOf(skipped));
    journal.recordPrivacyAction(AuditAction.PURGE, "RetentionRun", runId, null, summary);
    return RunRow.of(run);
  }

  @Permission(area = Area.PRIVACY, operation = Operation.DELETE)
  public void discard(long runId, long version) {
    RetentionRun run = run(runId, version);
    Stamp stamp = Stamp.of(context);
    run.decide(RetentionRun.Status.DISCARDED, stamp.user(), stamp.at());
    run.recordModification(stamp.user(), stamp.at());
  }

  private boolean carryOut(
      RetentionCandidate candidate,
      long runId,
      Map<RetentionRule.Kind, LocalDate> cutoffs,
      LocalDate today,
      Stamp stamp) {
    if (candidate.getKind() == RetentionRule.Kind.INACTIVE_PEOPLE) {
      Instant cutoff = time.instant(cutoffs.get(candidate.getKind()).atStartOfDay());
      if (!retention.stillInactive(candidate.getRecordId(), cutoff)) {
        return false;
      }
      Contact person = contacts.findById(candidate.getRecordId()).orElseThrow();
      erasure.erase(person, stamp, "retention run " + runId + ": " + candidate.getKind());
      return true;
    }
    if (candidate.getKind() == RetentionRule.Kind.UNTOUCHED_LEADS) {
      Instant cutoff = time.instant(cutoffs.get(candidate.getKind()).atStartOfDay());
      Lead lead = retention.untouchedLead(candidate.getRecordId(), cutoff).orElse(null);
      if (lead == null) {
        return false;
      }
      lead.eraseForRetention();
      retention.deleteLead(lead);
      return true;
    }
    if ("Consent".equals(candidate.getRecordType())) {
      Consent consent = retention.consent(candidate.getRecordId()).orElse(null);
      if (consent == null || !expired(consent.getRestrictedUntil(), today)) {
        return false;
      }
      consent.eraseWithPerson();
      retention.deleteConsent(consent);
      return true;
    }
    AttachedToRecord record =
        retention.attached(candidate.getRecordType(), candidate.getRecordId()).orElse(null);
    if (record == null || !expired(record.getRestrictedUntil(), today)) {
      return false;
    }
    erasure.deleteExpired(record);
    return true;
  }

  private static boolean expired(LocalDate restrictedUntil, LocalDate today) {
    return restrictedUntil != null && restrictedUntil.isBefore(today);
  }

  private RetentionRun run(long id, long version) {
    RetentionRun run =
        retention.findRun(id).orElseThrow(() -> new BusinessException("retention.runNotFound"));
    run.requireVersion(version);
    return run;
  }

  private Instant cutoff(RetentionRule rule, LocalDate today) {
    return time.instant(rule.cutoff(today).atStartOfDay());
  }
}
