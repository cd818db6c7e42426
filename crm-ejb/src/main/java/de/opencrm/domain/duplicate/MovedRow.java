package de.opencrm.domain.duplicate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * A related row (journal entry, task, document, consent, ...) a merge moved from the merged record
 * to the survivor, or a tag or custom value the survivor gained from it.
 */
@Embeddable
public class MovedRow implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The kinds of related rows a merge moves. */
  public enum Kind {
    ACTIVITY,
    TASK,
    DOCUMENT,
    /** a person of a merged company */
    CONTACT,
    /** a company whose parent was the merged company */
    SUBSIDIARY,
    /** a sales opportunity of the merged company or person */
    OPPORTUNITY,
    /** the merged person's buying role on an opportunity */
    BUYING_ROLE,
    /** the merged person's consent (row id: the consent) */
    CONSENT,
    /** a tag the survivor gained (row id: the tag) */
    TAG,
    /** a custom value the survivor gained (row id: its field) */
    CUSTOM_VALUE
  }

  @Column(name = "kind", length = 20, nullable = false)
  private String kind;

  @Column(name = "row_id", nullable = false)
  private long rowId;

  protected MovedRow() {}

  public MovedRow(Kind kind, long rowId) {
    this.kind = kind.name();
    this.rowId = rowId;
  }

  public Kind kind() {
    return Kind.valueOf(kind);
  }

  public long rowId() {
    return rowId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MovedRow other && kind.equals(other.kind) && rowId == other.rowId;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, rowId);
  }
}
