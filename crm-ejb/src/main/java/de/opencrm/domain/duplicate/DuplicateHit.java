package de.opencrm.domain.duplicate;

import de.opencrm.domain.common.RecordRef;
import java.io.Serializable;

/** A stored record that may be the same as the one being entered, with the matcher's verdict. */
public record DuplicateHit(RecordRef record, String label, String detail, MatchResult match)
    implements Serializable {}
