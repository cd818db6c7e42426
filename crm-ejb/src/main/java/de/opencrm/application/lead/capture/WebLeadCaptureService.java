package de.opencrm.application.lead.capture;

import de.opencrm.application.common.AfterTransaction;
import de.opencrm.application.lead.prediction.LeadPredictionService;
import de.opencrm.application.lead.routing.LeadRoutingService;
import de.opencrm.application.lead.scoring.LeadScoringService;
import de.opencrm.domain.account.Address;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.audit.AuditOrigin;
import de.opencrm.domain.lead.Lead;
import de.opencrm.domain.lead.LeadOrigin;
import de.opencrm.domain.lead.LeadPerson;
import de.opencrm.domain.lead.LeadRepository;
import de.opencrm.domain.lead.LeadSource;
import de.opencrm.domain.lead.capture.ReceivedLead;
import de.opencrm.domain.lead.capture.SubmissionKey;
import de.opencrm.domain.lead.capture.WebLeadInbox;
import de.opencrm.domain.lead.capture.WebLeadSubmission;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Takes in leads from the company's website or another system without a login (the public
 * web-to-lead endpoint checks, limits and reads them first) in two steps. Accepting stores the
 * submission in the inbox in the request's own short transaction, so a submission the endpoint
 * acknowledged is on disk and the client is answered at once. Then the server turns waiting
 * submissions into leads in batches ({@link WebLeadInboxWorker}): duplicates, scoring, prediction,
 * routing and the audit journal, a batch in one transaction. The same person (e-mail and last name)
 * sending a form again while their lead is open adds a submission to that lead, which scoring
 * counts as engagement, instead of a second lead. With an Idempotency-Key the same submission
 * repeated creates nothing new.
 */
@Stateless
@PermitAll
public class WebLeadCaptureService {

  /** Who the journal names as having created a lead from the website. */
  static final String WEBSITE = "web";

  /** How long a client may repeat a submission with the same key. */
  static final Duration KEY_KEPT = Duration.ofDays(7);

  @Inject LeadRepository leads;
  @Inject LeadRoutingService routing;
  @Inject LeadScoringService scoring;
  @Inject LeadPredictionService prediction;
  @Inject WebLeadInboxWorker inbox;
  @Resource TransactionSynchronizationRegistry transaction;

  @Inject WebLeadInbox stored;

  /** A submission that could not become a lead, for the administrator. */
  public record Failed(
      long id, Instant receivedAt, String name, String email, String failure, Instant failedAt) {}

  /**
   * Puts the submissions in the inbox (nothing for a bot's) and wakes the inbox once they are
   * committed; for each, whether its key came before (then nothing is stored). Two requests racing
   * with one new key: the database's key refuses the second, whose transaction is rolled back and
   * written again alone.
   */
  public List<Boolean> acceptAll(@NotNull List<WebLeadGroupCommit.Submitted> submitted) {
    Set<String> keys =
        submitted.stream()
            .map(WebLeadGroupCommit.Submitted::key)
            .filter(Objects::nonNull)
            .collect(Collectors.toCollection(HashSet::new));
    Set<String> seen = stored.keysSeen(keys);
    Instant now = Instant.now();
    List<Boolean> replayed = new ArrayList<>(submitted.size());
    boolean added = false;
    for (WebLeadGroupCommit.Submitted one : submitted) {
      if (one.key() != null && !seen.add(one.key())) {
        replayed.add(true);
        continue;
      }
      if (!one.in().fromBot()) {
        stored.add(
            new ReceivedLead(
                one.in(),
                one.source(),
                one.referrer(),
                one.channel(),
                one.address(),
                one.key(),
                now));
        added = true;
      }
      if (one.key() != null) {
        stored.remember(new SubmissionKey(one.key(), null, now));
      }
      replayed.add(false);
    }
    if (added) {
      wakeInboxAfterCommit();
    }
    return replayed;
  }

  /** Whether a submission with this key was taken in already. */
  public boolean seen(@NotNull String key) {
    return stored.key(key).isPresent();
  }

  /** Forgets keys older than a week (nightly). */
  public int forgetOldKeys() {
    return stored.forgetKeysBefore(Instant.now().minus(KEY_KEPT));
  }

  /** The oldest submissions waiting to become leads, at most {@code max}. */
  public List<Long> waiting(int max) {
    return stored.waiting(max);
  }

  /**
   * Turns these waiting submissions into leads in one transaction and deletes them; those another
   * server took meanwhile are gone and skipped (the rows are locked first). How many became leads.
   */
  public int takeIn(@NotNull List<Long> ids) {
    List<ReceivedLead> batch = stored.lockForTakingIn(ids);
    // written once per channel and client address, so the audit journal names the address each
    // lead came from; queries do not write first, so the batch remembers the people it made
    // leads of
    Map<String, Lead> madeNow = new HashMap<>();
    Map<AuditOrigin.Origin, List<ReceivedLead>> byOrigin =
        batch.stream()
            .collect(
                Collectors.groupingBy(
                    received ->
                        new AuditOrigin.Origin(received.getChannel(), received.getAddress()),
                    LinkedHashMap::new,
                    Collectors.toList()));
    AuditOrigin.Origin before = AuditOrigin.current();
    try {
      byOrigin.forEach(
          (origin, received) -> {
            if (origin.channel() == null) {
              AuditOrigin.clear();
            } else {
              AuditOrigin.set(origin.channel(), origin.address());
            }
            received.forEach(r -> asLead(r, madeNow));
            stored.flush();
          });
    } finally {
      if (before == null) {
        AuditOrigin.clear();
      } else {
        AuditOrigin.set(before.channel(), before.address());
      }
    }
    return byOrigin.values().stream().mapToInt(List::size).sum();
  }

  /** Turning a submission into a lead failed: counted with the reason, in a new transaction. */
  public void failed(long id, @NotNull String why) {
    stored.findById(id).ifPresent(received -> received.failed(why, Instant.now()));
  }

  /** How many submissions wait to become leads. */
  @RolesAllowed(Role.Names.ADMIN)
  @Permission(area = Area.ADMIN, operation = Operation.READ)
  public long countWaiting() {
    return stored.countWaiting();
  }

  /** The submissions that failed to become leads three times, oldest first (at most 100). */
  @RolesAllowed(Role.Names.ADMIN)
  @Permission(area = Area.ADMIN, operation = Operation.READ)
  public List<Failed> failedSubmissions() {
    return stored.failed(100).stream()
        .map(
            r -> {
              WebLeadSubmission in = r.submission();
              String name =
                  in.firstName() == null ? in.lastName() : in.firstName() + " " + in.lastName();
              return new Failed(
                  r.getId(), r.getReceivedAt(), name, in.email(), r.getFailure(), r.getFailedAt());
            })
        .toList();
  }

  /** The administrator asks for the failed submissions to be tried again. */
  @RolesAllowed(Role.Names.ADMIN)
  @Permission(area = Area.ADMIN, operation = Operation.EDIT)
  public int retryFailed() {
    List<ReceivedLead> failed = stored.failed(Integer.MAX_VALUE);
    failed.forEach(ReceivedLead::retry);
    if (!failed.isEmpty()) {
      wakeInboxAfterCommit();
    }
    return failed.size();
  }

  private void wakeInboxAfterCommit() {
    AfterTransaction.onCommit(transaction, inbox::wake);
  }

  /** One submission as a lead (or added to the person's open lead); its key remembers the lead. */
  private void asLead(ReceivedLead received, Map<String, Lead> madeNow) {
    long leadId =
        store(
            received.submission(),
            received.getSource(),
            received.getReferrer(),
            received.getReceivedAt(),
            madeNow);
    if (received.getIdempotencyKey() != null) {
      stored.key(received.getIdempotencyKey()).ifPresent(key -> key.becameLead(leadId));
    }
    stored.remove(received);
  }

  private long store(
      WebLeadSubmission in,
      LeadSource source,
      String referrer,
      Instant received,
      Map<String, Lead> madeNow) {
    Instant now = Instant.now();
    String person = in.email() == null ? null : personKey(in.email(), in.lastName());
    Optional<Lead> known =
        person == null
            ? Optional.empty()
            : Optional.ofNullable(madeNow.get(person))
                .or(() -> leads.findOpenOf(in.email(), in.lastName()));
    if (known.isPresent()) {
      // the same person again: one more submission on their lead, scored again, not a duplicate
      Lead lead = known.get();
      lead.submittedAgain(in.message(), received);
      scoring.scoreLead(lead);
      prediction.predictLead(lead);
      lead.recordModification(WEBSITE, now);
      return lead.getId();
    }
    Lead lead =
        new Lead(
            new LeadPerson(
                in.firstName(),
                in.lastName(),
                in.email(),
                in.phone(),
                in.jobTitle(),
                in.language()),
            new LeadOrigin(
                source,
                in.formId(),
                in.pageUrl() == null ? referrer : in.pageUrl(),
                referrer,
                in.utm(),
                received));
    lead.describeCompany(
        in.company(),
        in.industry(),
        null,
        new Address(in.street(), in.postalCode(), in.city(), null, in.country()));
    lead.leaveMessage(in.message());
    lead.recordCreation(WEBSITE, now);
    scoring.scoreLead(lead);
    prediction.predictLead(lead);
    routing.routeLead(lead);
    leads.add(lead);
    if (person != null) {
      madeNow.put(person, lead);
    }
    return lead.getId();
  }

  /** The same person as the lead repository's look-up of an open lead sees it. */
  private static String personKey(String email, String lastName) {
    return email.strip().toLowerCase(Locale.ROOT)
        + '\n'
        + lastName.strip().toLowerCase(Locale.ROOT);
  }
}
