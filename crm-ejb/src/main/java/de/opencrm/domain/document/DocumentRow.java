package de.opencrm.domain.document;

import java.io.Serializable;
import java.time.Instant;

/** A document as the record page lists it. */
public record DocumentRow(
    long id,
    long version,
    String fileName,
    long sizeBytes,
    Instant uploadedAt,
    String uploaderUsername,
    String uploaderName,
    Long contactId,
    String contactName)
    implements Serializable {}
