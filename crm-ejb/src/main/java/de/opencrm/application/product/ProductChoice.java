package de.opencrm.application.product;

import java.io.Serializable;

/** A product offered by the product search: its id and what the user reads. */
public record ProductChoice(long id, String label) implements Serializable {}
