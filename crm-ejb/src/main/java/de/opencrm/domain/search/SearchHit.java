package de.opencrm.domain.search;

import de.opencrm.domain.common.RecordRef;

/**
 * One record the global search found: what it is, its name, and a second line that tells similar
 * names apart (a company's place, a person's company or e-mail).
 */
public record SearchHit(RecordRef record, String label, String detail) {

  /** A stable key for the record, e.g. "CONTACT:4711", as a choice value in the search box. */
  public String key() {
    return record.kind() + ":" + record.id();
  }
}
