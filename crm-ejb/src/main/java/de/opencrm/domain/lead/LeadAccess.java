package de.opencrm.domain.lead;

import de.opencrm.domain.admin.RecordAccess;
import de.opencrm.domain.admin.Role;
import java.util.Set;

/**
 * Who may work on a lead: marketing qualifies and nurtures every lead, integrations update them for
 * other systems, administrators everything; sales and their managers work on their own and their
 * team's leads and may take one nobody has yet.
 */
public final class LeadAccess {

  private LeadAccess() {}

  public static boolean mayEdit(
      String user, Long userTeamId, Set<Role> roles, String ownerUsername, Long ownerTeamId) {
    if (roles.contains(Role.ADMIN)
        || roles.contains(Role.MARKETING)
        || roles.contains(Role.INTEGRATION)) {
      return true;
    }
    if (ownerUsername == null) {
      return roles.contains(Role.SALES) || roles.contains(Role.MANAGER);
    }
    return RecordAccess.mayEdit(user, userTeamId, roles, ownerUsername, ownerTeamId);
  }
}
