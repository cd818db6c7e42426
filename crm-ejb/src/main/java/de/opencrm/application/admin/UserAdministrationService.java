package de.opencrm.application.admin;

import de.opencrm.application.common.Stamp;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.PasswordPolicy;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.Team;
import de.opencrm.domain.admin.TeamRepository;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.admin.UserRow;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.infrastructure.security.BcryptPasswords;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * What an administrator does with users: list, create, edit, deactivate and reactivate, reset a
 * password.
 */
@Permission(area = Area.ADMIN, operation = Operation.READ)
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class UserAdministrationService {

  @Inject UserRepository users;
  @Inject TeamRepository teams;
  @Inject BcryptPasswords passwords;
  @Inject PasswordPolicy policy;
  @Inject TemporaryPasswords temporaryPasswords;
  @Resource SessionContext context;

  public Page<UserRow> listUsers(@NotNull PageRequest request) {
    return users.list(request);
  }

  public long countUsers(String filter) {
    return users.count(filter);
  }

  public UserForm loadUser(long id) {
    User user = find(id);
    UserForm form = new UserForm();
    form.setId(user.getId());
    form.setVersion(user.getVersion());
    form.setUsername(user.getUsername());
    form.setDisplayName(user.getDisplayName());
    form.setEmail(user.getEmail());
    form.setTeamId(user.getTeam() == null ? null : user.getTeam().getId());
    form.setRoles(List.copyOf(user.getRoles()));
    form.setDirectoryUser(user.isDirectoryUser());
    return form;
  }

  /**
   * Creates the user with the given initial password; refuses a taken user name or a weak password.
   */
  @Permission(area = Area.ADMIN, operation = Operation.CREATE)
  public long createUser(@NotNull @Valid UserForm form) {
    String username = User.normalizeUsername(form.getUsername());
    if (users.findByUsername(username).isPresent()) {
      throw BusinessException.onField("username", "user.usernameTaken", username);
    }
    List<String> weak = policy.violations(form.getInitialPassword(), username);
    if (!weak.isEmpty()) {
      throw BusinessException.onField("initialPassword", weak.get(0), policy.minLength());
    }
    Stamp stamp = Stamp.of(context);
    User user = new User(username, passwords.hash(form.getInitialPassword()), stamp.at());
    user.describe(form.getDisplayName(), form.getEmail(), team(form.getTeamId()));
    user.grantExactly(form.getRoles());
    user.recordCreation(stamp.user(), stamp.at());
    return users.add(user).getId();
  }

  /**
   * Saves an edit made on the version the form was loaded with; a newer version in between refuses
   * it.
   */
  @Permission(area = Area.ADMIN, operation = Operation.EDIT)
  public void updateUser(@NotNull @Valid UserForm form) {
    User user = current(form.getId(), form.getVersion());
    Stamp stamp = Stamp.of(context);
    if (user.getUsername().equals(stamp.user()) && !form.getRoles().contains(Role.ADMIN)) {
      throw BusinessException.onField("roles", "user.cannotDropOwnAdmin");
    }
    if (user.isDirectoryUser()) {
      // name, e-mail and roles are the directory's and come back at the next login: only the team
      // is the CRM's
      user.assignTeam(team(form.getTeamId()));
    } else {
      user.describe(form.getDisplayName(), form.getEmail(), team(form.getTeamId()));
      user.grantExactly(form.getRoles());
    }
    user.recordModification(stamp.user(), stamp.at());
  }

  @Permission(area = Area.ADMIN, operation = Operation.EDIT)
  public void deactivateUser(long id, long version) {
    User user = current(id, version);
    Stamp stamp = Stamp.of(context);
    if (user.getUsername().equals(stamp.user())) {
      throw new BusinessException("user.cannotDeactivateSelf");
    }
    user.deactivate();
    user.recordModification(stamp.user(), stamp.at());
  }

  @Permission(area = Area.ADMIN, operation = Operation.EDIT)
  public void activateUser(long id, long version) {
    User user = current(id, version);
    Stamp stamp = Stamp.of(context);
    user.activate();
    user.recordModification(stamp.user(), stamp.at());
  }

  /**
   * Gives the user a new random password, returned once for the administrator to hand over; the
   * user is asked to replace it after logging in.
   */
  @Permission(area = Area.ADMIN, operation = Operation.EDIT)
  public String resetPassword(long id, long version) {
    User user = current(id, version);
    if (user.isDirectoryUser()) {
      throw new BusinessException("user.directoryPassword");
    }
    Stamp stamp = Stamp.of(context);
    String temporary = temporaryPasswords.next();
    user.changePassword(passwords.hash(temporary), stamp.at(), true);
    user.recordModification(stamp.user(), stamp.at());
    return temporary;
  }

  private User find(long id) {
    return users.findById(id).orElseThrow(() -> new BusinessException("user.notFound"));
  }

  private User current(Long id, long version) {
    if (id == null) {
      throw new BusinessException("user.notFound");
    }
    User user = find(id);
    user.requireVersion(version);
    return user;
  }

  private Team team(Long teamId) {
    return teamId == null
        ? null
        : teams
            .findById(teamId)
            .orElseThrow(() -> BusinessException.onField("teamId", "team.notFound"));
  }
}
