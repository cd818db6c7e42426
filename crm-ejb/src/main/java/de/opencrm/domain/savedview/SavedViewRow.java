package de.opencrm.domain.savedview;

import java.io.Serializable;

/** A saved view as a list's view menu offers it. */
public record SavedViewRow(
    long id, String name, boolean shared, String ownerUsername, String ownerName, ListState state)
    implements Serializable {}
