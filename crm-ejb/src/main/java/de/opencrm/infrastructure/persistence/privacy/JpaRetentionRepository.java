package de.opencrm.infrastructure.persistence.privacy;

import de.opencrm.domain.activity.Activity;
import de.opencrm.domain.activity.AttachedToRecord;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.document.Document;
import de.opencrm.domain.lead.Lead;
import de.opencrm.domain.privacy.Consent;
import de.opencrm.domain.privacy.RetentionCandidate;
import de.opencrm.domain.privacy.RetentionRepository;
import de.opencrm.domain.privacy.RetentionRule;
import de.opencrm.domain.privacy.RetentionRun;
import de.opencrm.infrastructure.persistence.Jpql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRetentionRepository implements RetentionRepository {

  /** People untouched since the cutoff: nothing about them changed, was written or is planned. */
  private static final String INACTIVE =
      " FROM Contact c WHERE c.erasedAt IS NULL AND c.mergedInto IS NULL AND c.modifiedAt < :cutoff"
          + " AND NOT EXISTS (SELECT a.id FROM Activity a WHERE a.contact = c AND a.occurredAt >= :cutoff)"
          + " AND NOT EXISTS (SELECT t.id FROM Task t WHERE t.contact = c AND t.doneAt IS NULL)"
          + " AND NOT EXISTS (SELECT k.id FROM Consent k WHERE k.contact = c AND k.withdrawnAt IS NULL)";

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public List<RetentionRule> rules() {
    return em.createQuery("SELECT r FROM RetentionRule r ORDER BY r.id", RetentionRule.class)
        .getResultList();
  }

  @Override
  public Optional<RetentionRule> findRule(long id) {
    return Optional.ofNullable(em.find(RetentionRule.class, id));
  }

  @Override
  public RetentionRun addRun(RetentionRun run) {
    em.persist(run);
    return run;
  }

  @Override
  public Optional<RetentionRun> findRun(long id) {
    return Optional.ofNullable(em.find(RetentionRun.class, id));
  }

  @Override
  public List<RetentionRun> recentRuns(int max) {
    return em.createQuery(
            "SELECT r FROM RetentionRun r ORDER BY r.createdAt DESC, r.id DESC", RetentionRun.class)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public void addCandidate(RetentionCandidate candidate) {
    em.persist(candidate);
  }

  /** Served by the (run_id, id) index of V24. */
  @Override
  public Page<CandidateRow> candidates(long runId, PageRequest request) {
    List<CandidateRow> rows =
        em
            .createQuery(
                "SELECT c FROM RetentionCandidate c WHERE c.run.id = :run ORDER BY c.id",
                RetentionCandidate.class)
            .setParameter("run", runId)
            .setFirstResult(request.first())
            .setMaxResults(request.size())
            .getResultList()
            .stream()
            .map(
                c ->
                    new CandidateRow(
                        c.getId(),
                        c.getKind(),
                        c.getRecordType(),
                        c.getRecordId(),
                        c.getLabel(),
                        c.getDueSince(),
                        c.getOutcome()))
            .toList();
    long total =
        em.createQuery(
                "SELECT COUNT(c) FROM RetentionCandidate c WHERE c.run.id = :run", Long.class)
            .setParameter("run", runId)
            .getSingleResult();
    return new Page<>(rows, total);
  }

  @Override
  public List<RetentionCandidate> pendingCandidates(long runId, long afterId, int limit) {
    return em.createQuery(
            "SELECT c FROM RetentionCandidate c WHERE c.run.id = :run AND c.id > :after"
                + " AND c.outcome = :pending ORDER BY c.id",
            RetentionCandidate.class)
        .setParameter("run", runId)
        .setParameter("after", afterId)
        .setParameter("pending", RetentionCandidate.Outcome.PENDING)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Served by the restricted_until indexes of V23. */
  @Override
  public List<DueRecord> expiredRestrictions(LocalDate today, int limit) {
    List<DueRecord> due = new ArrayList<>();
    for (Object[] r :
        em.createQuery(
                "SELECT a.id, a.subject, a.restrictedUntil FROM Activity a"
                    + " WHERE a.restrictedUntil < :today ORDER BY a.id",
                Object[].class)
            .setParameter("today", today)
            .setMaxResults(limit)
            .getResultList()) {
      due.add(new DueRecord("Activity", (Long) r[0], (String) r[1], (LocalDate) r[2]));
    }
    for (Object[] r :
        em.createQuery(
                "SELECT d.id, d.fileName, d.restrictedUntil FROM Document d"
                    + " WHERE d.restrictedUntil < :today ORDER BY d.id",
                Object[].class)
            .setParameter("today", today)
            .setMaxResults(limit)
            .getResultList()) {
      due.add(new DueRecord("Document", (Long) r[0], (String) r[1], (LocalDate) r[2]));
    }
    for (Object[] r :
        em.createQuery(
                "SELECT k.id, k.purpose, k.restrictedUntil FROM Consent k"
                    + " WHERE k.restrictedUntil < :today ORDER BY k.id",
                Object[].class)
            .setParameter("today", today)
            .setMaxResults(limit)
            .getResultList()) {
      due.add(new DueRecord("Consent", (Long) r[0], String.valueOf(r[1]), (LocalDate) r[2]));
    }
    return due;
  }

  @Override
  public List<DueRecord> inactivePeople(Instant cutoff, int limit) {
    return em
        .createQuery(
            "SELECT c.id, c.firstName, c.lastName, c.modifiedAt" + INACTIVE + " ORDER BY c.id",
            Object[].class)
        .setParameter("cutoff", cutoff)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(
            r ->
                new DueRecord(
                    "Contact",
                    (Long) r[0],
                    Jpql.personName((String) r[1], (String) r[2]),
                    LocalDate.ofInstant((Instant) r[3], ZoneOffset.UTC)))
        .toList();
  }

  /** What makes a lead due: not a customer yet (converted leads live on as one), untouched. */
  private static final String UNTOUCHED_LEAD =
      " FROM Lead l WHERE l.status <> de.opencrm.domain.lead.LeadStatus.CONVERTED"
          + " AND l.modifiedAt < :cutoff";

  /** Served by ix_crm_lead_modified. */
  @Override
  public List<DueRecord> untouchedLeads(Instant cutoff, int limit) {
    return em
        .createQuery(
            "SELECT l.id, l.person.firstName, l.person.lastName, l.modifiedAt"
                + UNTOUCHED_LEAD
                + " ORDER BY l.id",
            Object[].class)
        .setParameter("cutoff", cutoff)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(
            r ->
                new DueRecord(
                    "Lead",
                    (Long) r[0],
                    Jpql.personName((String) r[1], (String) r[2]),
                    LocalDate.ofInstant((Instant) r[3], ZoneOffset.UTC)))
        .toList();
  }

  @Override
  public Optional<Lead> untouchedLead(long id, Instant cutoff) {
    return em.createQuery("SELECT l" + UNTOUCHED_LEAD + " AND l.id = :id", Lead.class)
        .setParameter("cutoff", cutoff)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void deleteLead(Lead lead) {
    em.remove(lead);
  }

  @Override
  public boolean stillInactive(long contactId, Instant cutoff) {
    return !em.createQuery("SELECT c.id" + INACTIVE + " AND c.id = :id", Long.class)
        .setParameter("cutoff", cutoff)
        .setParameter("id", contactId)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Optional<AttachedToRecord> attached(String recordType, long id) {
    return Optional.ofNullable(
        switch (recordType) {
          case "Activity" -> em.find(Activity.class, id);
          case "Document" -> em.find(Document.class, id);
          default -> null;
        });
  }

  @Override
  public Optional<Consent> consent(long id) {
    return Optional.ofNullable(em.find(Consent.class, id));
  }

  @Override
  public void deleteConsent(Consent consent) {
    em.remove(consent);
  }
}
