package de.opencrm.domain.common;

/** The number ranges documents are numbered from (quotes, tickets). */
public interface NumberRanges {

  /** The range, locked for writing until the transaction ends, so numbers have no gaps. */
  NumberRange lock(String name);
}
