package de.opencrm.web.shell;

import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.PermissionMatrix;
import de.opencrm.domain.admin.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the current user's roles let a page offer, read from the same {@link PermissionMatrix} the
 * services' {@code @RolesAllowed} follow; the services still enforce it.
 */
@Named
@RequestScoped
public class Permissions {

  @Inject ExternalContext external;

  private Set<Role> roles;

  /** Whether the user may carry out the operation in the area, e.g. may('LEADS', 'EXPORT'). */
  public boolean may(String area, String operation) {
    return may(Area.valueOf(area), Operation.valueOf(operation));
  }

  private boolean may(Area area, Operation operation) {
    if (roles == null) {
      roles = EnumSet.noneOf(Role.class);
      Arrays.stream(Role.values()).filter(r -> external.isUserInRole(r.name())).forEach(roles::add);
    }
    return PermissionMatrix.allows(roles, area, operation);
  }

  /** Sales, managers and administrators create companies and contacts. */
  public boolean isMayCreateCustomers() {
    return may(Area.CONTACTS, Operation.CREATE);
  }

  /** Everyone who works with customers keeps a journal and tasks; auditors only read the audit. */
  public boolean isWorksWithCustomers() {
    return may(Area.ACTIVITIES, Operation.CREATE);
  }

  /** Marketing tags every company and person; sales and managers what they may edit. */
  public boolean isMayTag() {
    return isMayCreateCustomers() || external.isUserInRole(Role.Names.MARKETING);
  }

  /** Handing records to another owner is for those who may change customers. */
  public boolean isMayHandOver() {
    return may(Area.CONTACTS, Operation.EDIT);
  }

  /** Managers and administrators share saved list views with everyone. */
  public boolean isMayShareViews() {
    return external.isUserInRole(Role.Names.MANAGER) || external.isUserInRole(Role.Names.ADMIN);
  }

  /** Managers and administrators (and auditors) see a record's change history on its page. */
  public boolean isMaySeeHistory() {
    return may(Area.HISTORY, Operation.READ);
  }
}
