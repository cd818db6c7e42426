package de.opencrm.application.tag;

import java.io.Serializable;
import java.util.List;

/** How a mass update went: how many records changed, and the names of those the user may not. */
public record MassResult(int changed, List<String> refused) implements Serializable {}
