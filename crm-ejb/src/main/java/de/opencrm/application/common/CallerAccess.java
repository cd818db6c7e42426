package de.opencrm.application.common;

import de.opencrm.domain.admin.RecordAccess;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.Team;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.common.BusinessException;
import jakarta.ejb.SessionContext;
import java.util.Set;

/** Applies the record access rule to the calling user, with the roles the container gave them. */
public final class CallerAccess {

  private CallerAccess() {}

  /** The calling user's own record. */
  public static User caller(SessionContext context, UserRepository users) {
    return users
        .findByUsername(context.getCallerPrincipal().getName())
        .orElseThrow(() -> new BusinessException("user.notFound"));
  }

  public static boolean mayEdit(SessionContext context, User caller, User owner, Team ownerTeam) {
    Set<Role> roles = RecordScopes.roles(context);
    return RecordAccess.mayEdit(
        caller.getUsername(),
        caller.getTeam() == null ? null : caller.getTeam().getId(),
        roles,
        owner.getUsername(),
        ownerTeam == null ? null : ownerTeam.getId());
  }
}
