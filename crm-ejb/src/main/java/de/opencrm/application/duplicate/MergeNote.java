package de.opencrm.application.duplicate;

import java.io.Serializable;
import java.time.Instant;

/** What a survivor's page says about the merge into it that can still be undone. */
public record MergeNote(long mergeId, String mergedName, String mergedBy, Instant mergedAt)
    implements Serializable {}
