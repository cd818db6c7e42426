package de.opencrm.application.admin;

/** A team as a choice in a form. */
public record TeamOption(long id, String name, String description) {}
