package de.opencrm.application.lead.routing;

/** A user as lead routing sees them: how many open leads they take at most, and their weight. */
public record LeadTaker(long userId, String displayName, Integer capacity, int weight) {}
