package de.opencrm.application.ticket;

import java.io.Serializable;

/** A queue to choose. */
public record QueueOption(long id, String name) implements Serializable {}
