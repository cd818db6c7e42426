package de.opencrm.application.opportunity;

/** A person of the opportunity's company to choose for a buying role. */
public record ContactChoice(long id, String name) {}
