package de.opencrm.domain.activity;

import java.time.Instant;

/**
 * A journal entry as a timeline shows it; on a company's timeline {@code contactName} says which of
 * its people it concerned.
 */
public record ActivityRow(
    Long id,
    ActivityType type,
    String subject,
    Instant occurredAt,
    Integer durationMinutes,
    String participants,
    String outcome,
    String authorUsername,
    String authorName,
    Long contactId,
    String contactName) {}
