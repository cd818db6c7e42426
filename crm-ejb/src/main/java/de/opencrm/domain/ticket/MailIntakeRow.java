package de.opencrm.domain.ticket;

import de.opencrm.domain.ticket.mail.IntakeOutcome;
import java.time.Instant;

/** A line of the service mailbox's log: when, from whom, about what, and what became of it. */
public record MailIntakeRow(
    long id,
    Instant receivedAt,
    String sender,
    String subject,
    IntakeOutcome outcome,
    String reason,
    Long ticketId,
    String ticketNumber) {}
