package de.opencrm.application.audit;

import de.opencrm.domain.audit.AuditChainCheck;
import de.opencrm.domain.audit.AuditChainHead;
import de.opencrm.domain.audit.AuditEntry;
import de.opencrm.domain.audit.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks the audit chain from its first entry to its head, for an auditor who asks and for the
 * nightly schedule: the outcome goes into the journal (VERIFY) and the server log, where a broken
 * chain is an error operations are alerted to, and the head's hash stands as an anchor outside the
 * database.
 */
@ApplicationScoped
public class AuditChainVerifier {

  private static final Logger LOG = Logger.getLogger(AuditChainVerifier.class.getName());
  private static final int BATCH = 2_000;

  @Inject AuditRepository journal;
  @Inject AuditJournal auditJournal;

  /** Call outside a transaction: each batch is read in its own and forgotten. */
  public Verification verify() {
    long start = System.nanoTime();
    AuditChainHead head = journal.head();
    AuditChainCheck check = new AuditChainCheck();
    long after = 0;
    boolean going = true;
    while (going && after < head.lastId()) {
      List<AuditEntry> batch = journal.batchAfter(after, head.lastId(), BATCH);
      if (batch.isEmpty()) {
        break;
      }
      for (AuditEntry entry : batch) {
        going = check.accept(entry);
        if (!going) {
          break;
        }
      }
      after = batch.get(batch.size() - 1).getId();
    }
    AuditChainCheck.Result result = check.finish(head.lastId(), head.lastHash());
    Verification verification =
        new Verification(result, head.lastId(), Duration.ofNanos(System.nanoTime() - start));
    String summary =
        (result.intact()
                ? "intact"
                : "BROKEN at entry " + result.brokenAt() + " (" + result.problem() + ")")
            + ": "
            + result.checked()
            + " entries checked in "
            + verification.took().toMillis()
            + " ms, head "
            + head.lastId()
            + " "
            + head.lastHash();
    LOG.log(result.intact() ? Level.INFO : Level.SEVERE, "audit chain " + summary);
    auditJournal.recordVerification(verification);
    return verification;
  }
}
