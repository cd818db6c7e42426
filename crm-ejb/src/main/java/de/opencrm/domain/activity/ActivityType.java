package de.opencrm.domain.activity;

/** What kind of interaction a journal entry records. */
public enum ActivityType {
  CALL,
  MEETING,
  EMAIL,
  NOTE;

  /** Whether the interaction took time worth recording (a note has no duration). */
  public boolean hasDuration() {
    return this != NOTE;
  }
}
