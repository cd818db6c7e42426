package de.opencrm.application.ticket.admin;

/** An agent of a queue: how many open tickets they take at most, what they know. */
public record MemberRow(
    long id,
    long version,
    long userId,
    String displayName,
    int capacity,
    String categories,
    String languages) {}
