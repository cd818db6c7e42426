package de.opencrm.application.duplicate;

import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.duplicate.MatchResult;
import java.io.Serializable;

/** Two records the scan found alike, with how alike. */
public record FoundPair(RecordRef.Kind kind, long oneId, long otherId, MatchResult match)
    implements Serializable {}
