package de.opencrm.domain.duplicate;

/** What the matcher compares of a person; the phone is E.164, any part may be null. */
public record PersonFacts(
    Long id, String firstName, String lastName, String email, String phone, Long accountId) {}
