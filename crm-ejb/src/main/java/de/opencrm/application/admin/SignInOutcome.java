package de.opencrm.application.admin;

/** What the CRM makes of a login the container accepted. */
public enum SignInOutcome {
  /** A user with a password in the CRM: the container has checked everything. */
  LOCAL_USER,
  /** A user from the company directory, created or brought up to date from it. */
  DIRECTORY_USER,
  /** A directory user an administrator deactivated in the CRM: the session must end. */
  DEACTIVATED,
  /**
   * A directory user the CRM cannot take (no CRM group, a user name too long): the session ends.
   */
  REFUSED
}
