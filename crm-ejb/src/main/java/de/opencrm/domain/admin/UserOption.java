package de.opencrm.domain.admin;

/** An active user as a choice in a form (assignee, owner). */
public record UserOption(long id, String username, String displayName) {}
