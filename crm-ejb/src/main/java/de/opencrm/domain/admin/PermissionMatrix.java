package de.opencrm.domain.admin;

import static de.opencrm.domain.admin.Operation.CREATE;
import static de.opencrm.domain.admin.Operation.DELETE;
import static de.opencrm.domain.admin.Operation.EDIT;
import static de.opencrm.domain.admin.Operation.EXPORT;
import static de.opencrm.domain.admin.Operation.READ;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one place that says which role may do what in which area. The services carry the same as
 * {@code @RolesAllowed} (which the container enforces) together with {@link Permission}; {@code
 * PermissionMatrixTest} fails when the two differ. Views and menus ask the same matrix, and
 * administrators see it on the permissions page.
 *
 * <p>Beyond the roles, record-level rules narrow what a user reaches: {@link RecordScope} (own,
 * team or all records, configurable per area for sales and service) and {@code RecordAccess} (who
 * may change a record: its owner, the owner's team, administrators). Administrators do not read the
 * audit journal and auditors see no customer data: separation of duties. The data protection
 * officer (PRIVACY) reaches people only through the data protection pages, not the sales lists.
 */
public final class PermissionMatrix {

  private static final Map<Role, Map<Area, Set<Operation>>> GRANTS = new EnumMap<>(Role.class);

  static {
    Operation[] all = Operation.values();
    for (Role customerWork : Set.of(Role.SALES, Role.MANAGER, Role.ADMIN)) {
      grant(customerWork, Area.ACCOUNTS, READ, CREATE, EDIT, EXPORT);
      grant(customerWork, Area.CONTACTS, READ, CREATE, EDIT, EXPORT);
      grant(customerWork, Area.ACTIVITIES, READ, CREATE, EDIT);
      grant(customerWork, Area.DOCUMENTS, READ, CREATE, DELETE);
      grant(customerWork, Area.LEADS, READ, CREATE, EDIT, EXPORT);
      grant(customerWork, Area.OPPORTUNITIES, READ, CREATE, EDIT, EXPORT);
      grant(customerWork, Area.TICKETS, READ);
      grant(customerWork, Area.CAMPAIGNS, READ);
      grant(customerWork, Area.REPORTS, READ);
    }
    for (Role withCustomers : Set.of(Role.SALES, Role.MANAGER, Role.SERVICE, Role.MARKETING)) {
      grant(withCustomers, Area.CONSENTS, READ, CREATE, EDIT);
    }
    grant(Role.MANAGER, Area.LEADS, DELETE);
    grant(Role.MANAGER, Area.OPPORTUNITIES, DELETE);
    grant(Role.MANAGER, Area.TICKETS, EXPORT);
    grant(Role.MANAGER, Area.REPORTS, EXPORT);
    grant(Role.MANAGER, Area.HISTORY, READ);

    grant(Role.SERVICE, Area.ACCOUNTS, READ, EXPORT);
    grant(Role.SERVICE, Area.CONTACTS, READ, EXPORT);
    grant(Role.SERVICE, Area.ACTIVITIES, READ, CREATE, EDIT);
    grant(Role.SERVICE, Area.DOCUMENTS, READ, CREATE, DELETE);
    grant(Role.SERVICE, Area.TICKETS, READ, CREATE, EDIT, EXPORT);
    grant(Role.SERVICE, Area.REPORTS, READ);

    grant(Role.MARKETING, Area.ACCOUNTS, READ, EXPORT);
    grant(Role.MARKETING, Area.CONTACTS, READ, EXPORT);
    grant(Role.MARKETING, Area.ACTIVITIES, READ, CREATE, EDIT);
    grant(Role.MARKETING, Area.DOCUMENTS, READ);
    grant(Role.MARKETING, Area.LEADS, READ, CREATE, EDIT, EXPORT);
    grant(Role.MARKETING, Area.CAMPAIGNS, all);
    grant(Role.MARKETING, Area.REPORTS, READ, EXPORT);

    for (Area area : Area.values()) {
      if (area != Area.AUDIT && area != Area.HISTORY) {
        grant(Role.ADMIN, area, all);
      }
    }
    grant(Role.ADMIN, Area.HISTORY, READ);

    grant(Role.AUDITOR, Area.AUDIT, READ, EXPORT);
    grant(Role.AUDITOR, Area.HISTORY, READ);

    grant(Role.INTEGRATION, Area.LEADS, READ, CREATE, EDIT);
    grant(Role.INTEGRATION, Area.ERP, READ, CREATE, EDIT);

    grant(Role.PRIVACY, Area.PRIVACY, all);
    grant(Role.PRIVACY, Area.CONSENTS, READ, CREATE, EDIT);
  }

  private PermissionMatrix() {}

  private static void grant(Role role, Area area, Operation... operations) {
    GRANTS
        .computeIfAbsent(role, r -> new EnumMap<>(Area.class))
        .computeIfAbsent(area, a -> EnumSet.noneOf(Operation.class))
        .addAll(Set.of(operations));
  }

  /** Whether the role may carry out the operation in the area. */
  public static boolean allows(Role role, Area area, Operation operation) {
    return operations(role, area).contains(operation);
  }

  /** Whether any of the roles may carry out the operation in the area. */
  public static boolean allows(Collection<Role> roles, Area area, Operation operation) {
    return roles.stream().anyMatch(role -> allows(role, area, operation));
  }

  /** What the role may do in the area, in the order of {@link Operation}; empty for nothing. */
  public static Set<Operation> operations(Role role, Area area) {
    Set<Operation> granted = GRANTS.getOrDefault(role, Map.of()).get(area);
    return granted == null ? EnumSet.noneOf(Operation.class) : EnumSet.copyOf(granted);
  }

  /** Every role that may carry out the operation in the area. */
  public static Set<Role> rolesFor(Area area, Operation operation) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (allows(role, area, operation)) {
        roles.add(role);
      }
    }
    return roles;
  }
}
