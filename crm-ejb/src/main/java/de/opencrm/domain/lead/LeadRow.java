package de.opencrm.domain.lead;

import java.time.Instant;

/** A lead as the lead list and the inbox show it. */
public record LeadRow(
    Long id,
    String name,
    String company,
    String postalCode,
    String city,
    LeadStatus status,
    int score,
    LeadSource source,
    Instant capturedAt,
    String ownerName) {}
