package de.opencrm.domain.audit;

/** One field of a record before and after a change; null where there was or is no value. */
public record FieldChange(String field, String before, String after) {}
