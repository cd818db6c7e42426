package de.opencrm.web.account;

import java.io.Serializable;

/** A company offered in a chooser (the parent company): its id and the name shown. */
public record AccountChoice(long id, String name) implements Serializable {}
