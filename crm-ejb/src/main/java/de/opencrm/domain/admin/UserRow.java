package de.opencrm.domain.admin;

import java.util.Set;

/** A user as the user list shows it. */
public record UserRow(
    Long id,
    String username,
    String displayName,
    String email,
    String teamName,
    boolean active,
    boolean directoryUser,
    Set<Role> roles) {

  public UserRow {
    roles = Set.copyOf(roles);
  }

  public UserRow withRoles(Set<Role> granted) {
    return new UserRow(id, username, displayName, email, teamName, active, directoryUser, granted);
  }
}
