package de.opencrm.domain.admin;

/** Which records of an owned area a user sees, widest last. */
public enum Visibility {
  /** Records the user owns. */
  OWN,
  /** Records the user owns or that belong to the user's team. */
  TEAM,
  /** Every record. */
  ALL
}
