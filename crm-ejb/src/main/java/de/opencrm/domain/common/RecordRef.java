package de.opencrm.domain.common;

import java.io.Serializable;

/**
 * Points at one customer record by kind and id, for what hangs off any of them: the journal, tasks,
 * documents.
 */
public record RecordRef(Kind kind, long id) implements Serializable {

  /** The kinds of record the journal and tasks attach to. */
  public enum Kind {
    ACCOUNT,
    CONTACT
  }

  public RecordRef {
    if (kind == null) {
      throw new IllegalArgumentException("kind is required");
    }
  }

  public static RecordRef account(long id) {
    return new RecordRef(Kind.ACCOUNT, id);
  }

  public static RecordRef contact(long id) {
    return new RecordRef(Kind.CONTACT, id);
  }
}
