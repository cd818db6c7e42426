package de.opencrm.domain.lead.capture;

/** What is wrong with one field of a submitted lead: the field, a stable code, and a sentence. */
public record FieldError(String field, String code, String message) {}
