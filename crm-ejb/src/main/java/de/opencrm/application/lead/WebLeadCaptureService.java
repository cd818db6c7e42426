package de.opencrm.application.lead;

import de.opencrm.domain.account.Address;
import de.opencrm.domain.lead.Lead;
import de.opencrm.domain.lead.LeadOrigin;
import de.opencrm.domain.lead.LeadPerson;
import de.opencrm.domain.lead.LeadRepository;
import de.opencrm.domain.lead.LeadSource;
import de.opencrm.domain.lead.capture.SubmissionKey;
import de.opencrm.domain.lead.capture.WebLeadSubmission;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Takes in a lead from the company's website or another system without a login (the public
 * web-to-lead endpoint checks, limits and reads it first): stores it with its origin, scores and
 * routes it, in one transaction, so a lead the endpoint acknowledged is never lost. The same person
 * (e-mail and last name) sending a form again while their lead is open adds a submission to that
 * lead, which scoring counts as engagement, instead of a second lead. With an Idempotency-Key the
 * same submission repeated creates nothing new.
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

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  /** What became of a submission: a new lead, or the answer to the same key before. */
  public record Outcome(boolean replayed) {}

  /**
   * Stores and routes the lead (nothing for a bot's submission); with a key already seen, nothing
   * happens and the outcome says so. Two requests racing with one new key: the database's key
   * refuses the second, whose transaction (lead included) is rolled back; the endpoint then finds
   * the first.
   */
  public Outcome capture(
      @NotNull WebLeadSubmission in, @NotNull LeadSource source, String referrer, String key) {
    if (key != null && seen(key)) {
      return new Outcome(true);
    }
    Instant now = Instant.now();
    Long leadId = in.fromBot() ? null : store(in, source, referrer, now);
    if (key != null) {
      em.persist(new SubmissionKey(key, leadId, now));
      em.flush();
    }
    return new Outcome(false);
  }

  /** Whether a submission with this key was taken in already. */
  public boolean seen(@NotNull String key) {
    return Optional.ofNullable(em.find(SubmissionKey.class, key)).isPresent();
  }

  /** Forgets keys older than a week (nightly). */
  public int forgetOldKeys() {
    return em.createNamedQuery("SubmissionKey.deleteReceivedBefore")
        .setParameter("before", Instant.now().minus(KEY_KEPT))
        .executeUpdate();
  }

  private long store(WebLeadSubmission in, LeadSource source, String referrer, Instant now) {
    Optional<Lead> known =
        in.email() == null ? Optional.empty() : leads.findOpenOf(in.email(), in.lastName());
    if (known.isPresent()) {
      // the same person again: one more submission on their lead, scored again, not a duplicate
      Lead lead = known.get();
      lead.submittedAgain(in.message(), now);
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
                now));
    lead.describeCompany(
        in.company(),
        in.industry(),
        null,
        new Address(in.street(), in.postalCode(), in.city(), null, in.country()));
    lead.leaveMessage(in.message());
    lead.recordCreation(WEBSITE, now);
    // scored and routed before it is stored: every read comes before the first write, so the
    // audit journal's chain head is locked only for the commit, not through the reads
    scoring.scoreLead(lead);
    prediction.predictLead(lead);
    routing.routeLead(lead);
    leads.add(lead);
    return lead.getId();
  }
}
