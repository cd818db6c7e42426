package de.opencrm.application.audit;

import de.opencrm.domain.audit.AuditChainCheck;
import java.io.Serializable;
import java.time.Duration;

/** A check of the audit chain: its outcome, the head it checked up to, and how long it took. */
public record Verification(AuditChainCheck.Result result, long headId, Duration took)
    implements Serializable {}
