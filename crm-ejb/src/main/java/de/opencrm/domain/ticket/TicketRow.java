package de.opencrm.domain.ticket;

import java.time.Instant;

/** A ticket as queue views list it; the requester is who wrote in by e-mail, if anyone. */
public record TicketRow(
    long id,
    String number,
    String subject,
    String accountName,
    String contactName,
    TicketPriority priority,
    TicketStatus status,
    String queueName,
    String assigneeName,
    Instant openedAt,
    String requester) {}
