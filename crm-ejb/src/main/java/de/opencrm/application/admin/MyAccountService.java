package de.opencrm.application.admin;

import de.opencrm.application.common.CallerAccess;
import de.opencrm.application.common.Stamp;
import de.opencrm.domain.admin.PasswordPolicy;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.infrastructure.security.BcryptPasswords;
import de.opencrm.infrastructure.security.ContainerCredentials;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * What every logged-in user does with their own account: see their profile, change their password
 * (a directory user's password is the directory's, changed there).
 */
@Stateless
@RolesAllowed({
  Role.Names.SALES,
  Role.Names.MANAGER,
  Role.Names.MARKETING,
  Role.Names.SERVICE,
  Role.Names.ADMIN,
  Role.Names.AUDITOR,
  Role.Names.INTEGRATION,
  Role.Names.PRIVACY
})
public class MyAccountService {

  @Inject UserRepository users;
  @Inject BcryptPasswords passwords;
  @Inject PasswordPolicy policy;
  @Inject ContainerCredentials credentials;
  @Resource SessionContext context;

  public Profile currentProfile() {
    User me = me();
    return new Profile(
        me.getUsername(),
        me.getDisplayName(),
        me.getEmail(),
        me.getTeam() == null ? null : me.getTeam().getName(),
        me.getRoles(),
        me.isMustChangePassword(),
        me.isDirectoryUser());
  }

  /** Replaces the caller's password after the container has confirmed the current one. */
  public void changeOwnPassword(@NotNull String currentPassword, @NotNull String newPassword) {
    User me = me();
    if (me.isDirectoryUser()) {
      throw new BusinessException("password.directory");
    }
    if (!credentials.areValid(me.getUsername(), currentPassword)) {
      throw BusinessException.onField("currentPassword", "password.currentWrong");
    }
    if (newPassword.equals(currentPassword)) {
      throw BusinessException.onField("newPassword", "password.sameAsCurrent");
    }
    List<String> weak = policy.violations(newPassword, me.getUsername());
    if (!weak.isEmpty()) {
      throw BusinessException.onField("newPassword", weak.get(0), policy.minLength());
    }
    Stamp stamp = Stamp.of(context);
    me.changePassword(passwords.hash(newPassword), stamp.at(), false);
    me.recordModification(stamp.user(), stamp.at());
  }

  private User me() {
    return CallerAccess.caller(context, users);
  }
}
