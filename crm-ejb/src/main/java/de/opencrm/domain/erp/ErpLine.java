package de.opencrm.domain.erp;

import java.io.Serializable;

/** A record read from a run's file, with where it stands: the file, its ordinal and line. */
public record ErpLine<T>(long fileId, long ordinal, long line, T record) implements Serializable {}
