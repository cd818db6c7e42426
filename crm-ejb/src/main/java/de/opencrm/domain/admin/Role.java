package de.opencrm.domain.admin;

/**
 * The container roles of the CRM. This enum and {@link Names} are the one place roles are named:
 * the Elytron realm reads them from {@code crm_user_role}, web.xml constrains view folders by them
 * and {@code @RolesAllowed} uses the constants in {@link Names}.
 */
public enum Role {
  /** Works own accounts, contacts, leads and opportunities. */
  SALES,
  /** Leads a sales or service team: sees the team's records and reports. */
  MANAGER,
  /** Campaigns, segments, newsletters. */
  MARKETING,
  /** Tickets and the knowledge base. */
  SERVICE,
  /** Users, teams, configuration. */
  ADMIN,
  /** Read-only access to the audit and access logs. */
  AUDITOR,
  /**
   * The data protection officer (Datenschutzbeauftragte): consents, subject access, erasure and the
   * processing register, without working the customers themselves.
   */
  PRIVACY,
  /** Technical accounts for the REST API and batch. */
  INTEGRATION;

  /**
   * Compile-time constants for annotations; {@code RoleTest} keeps them equal to the enum names.
   */
  public static final class Names {
    public static final String SALES = "SALES";
    public static final String MANAGER = "MANAGER";
    public static final String MARKETING = "MARKETING";
    public static final String SERVICE = "SERVICE";
    public static final String ADMIN = "ADMIN";
    public static final String AUDITOR = "AUDITOR";
    public static final String PRIVACY = "PRIVACY";
    public static final String INTEGRATION = "INTEGRATION";

    private Names() {}
  }
}
