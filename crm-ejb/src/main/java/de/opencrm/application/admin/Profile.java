package de.opencrm.application.admin;

import de.opencrm.domain.admin.Role;
import java.util.Set;

/** The logged-in user as the header and start page show them. */
public record Profile(
    String username,
    String displayName,
    String email,
    String teamName,
    Set<Role> roles,
    boolean mustChangePassword,
    boolean directoryUser) {

  public Profile {
    roles = Set.copyOf(roles);
  }
}
