package de.opencrm.domain.admin;

/**
 * The parts of the CRM the permission matrix grants operations on, in the order the matrix shows
 * them. Areas whose records have an owner also carry a record-level visibility (own, team, all).
 */
public enum Area {
  ACCOUNTS(true),
  CONTACTS(true),
  /** Journal entries and tasks of a company or person. */
  ACTIVITIES(false),
  /** Files kept with a company or person. */
  DOCUMENTS(false),
  LEADS(true),
  OPPORTUNITIES(true),
  TICKETS(true),
  CAMPAIGNS(false),
  /** Consents of a person: recorded by whoever obtains them, withdrawn by whoever hears of it. */
  CONSENTS(false),
  REPORTS(false),
  /** The ERP reconciliation: its runs, files, refused records and discrepancies. */
  ERP(false),
  /** Users, teams, custom fields, permissions and other configuration. */
  ADMIN(false),
  /**
   * Data subjects' rights (access, erasure, restriction), retention and the processing register.
   */
  PRIVACY(false),
  /** The whole audit journal and its verification. */
  AUDIT(false),
  /** The change history of one record, shown on its page. */
  HISTORY(false);

  private final boolean owned;

  Area(boolean owned) {
    this.owned = owned;
  }

  /** Whether records of this area have an owner and team, so visibility can be narrowed. */
  public boolean isOwned() {
    return owned;
  }
}
