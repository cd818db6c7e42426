package de.opencrm.web.shell;

import de.opencrm.domain.admin.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * What the current user's roles let a page offer; the services enforce the same with @RolesAllowed.
 */
@Named
@RequestScoped
public class Permissions {

  @Inject ExternalContext external;

  /** Sales, managers and administrators create companies and contacts. */
  public boolean isMayCreateCustomers() {
    return external.isUserInRole(Role.Names.SALES)
        || external.isUserInRole(Role.Names.MANAGER)
        || external.isUserInRole(Role.Names.ADMIN);
  }

  /** Everyone who works with customers keeps a journal and tasks; auditors only read the audit. */
  public boolean isWorksWithCustomers() {
    return isMayCreateCustomers()
        || external.isUserInRole(Role.Names.SERVICE)
        || external.isUserInRole(Role.Names.MARKETING);
  }

  /** Marketing tags every company and person; sales and managers what they may edit. */
  public boolean isMayTag() {
    return isMayCreateCustomers() || external.isUserInRole(Role.Names.MARKETING);
  }

  /** Handing records to another owner is for sales, managers and administrators. */
  public boolean isMayHandOver() {
    return isMayCreateCustomers();
  }

  /** Managers and administrators share saved list views with everyone. */
  public boolean isMayShareViews() {
    return external.isUserInRole(Role.Names.MANAGER) || external.isUserInRole(Role.Names.ADMIN);
  }

  /** Managers and administrators see a record's change history on its page. */
  public boolean isMaySeeHistory() {
    return external.isUserInRole(Role.Names.MANAGER) || external.isUserInRole(Role.Names.ADMIN);
  }
}
