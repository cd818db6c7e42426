package de.opencrm.domain.admin;

import java.util.Objects;
import java.util.Set;

/**
 * Who may change a customer record: administrators always; sales and managers when they own it or
 * belong to the owner's team. Everyone else who may open the area reads it.
 */
public final class RecordAccess {

  private RecordAccess() {}

  public static boolean mayEdit(
      String user, Long userTeamId, Set<Role> roles, String ownerUsername, Long ownerTeamId) {
    if (roles.contains(Role.ADMIN)) {
      return true;
    }
    if (!roles.contains(Role.SALES) && !roles.contains(Role.MANAGER)) {
      return false;
    }
    return user.equals(ownerUsername)
        || (userTeamId != null && Objects.equals(userTeamId, ownerTeamId));
  }
}
