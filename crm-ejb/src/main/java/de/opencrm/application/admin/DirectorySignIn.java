package de.opencrm.application.admin;

import de.opencrm.application.common.RecordScopes;
import de.opencrm.domain.admin.DirectoryProfile;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.infrastructure.security.CallerAttributes;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Runs once per session after the container let a user in. A user the company directory (LDAP)
 * authenticated gets their CRM user row at the first login and has name, e-mail and roles refreshed
 * from the directory at every later one, so owners, teams and the journal work for them as for
 * everyone; an administrator can still deactivate them in the CRM. Users with a CRM password are
 * left alone: the container's JDBC realm has checked them already.
 */
@Stateless
@PermitAll
public class DirectorySignIn {

  @Inject UserRepository users;
  @Inject CallerAttributes attributes;
  @Resource SessionContext context;

  public SignInOutcome signIn() {
    String username = context.getCallerPrincipal().getName();
    Optional<User> known = users.findByUsername(username);
    if (known.isPresent() && !known.get().isDirectoryUser()) {
      return SignInOutcome.LOCAL_USER;
    }
    Optional<DirectoryProfile> profile =
        DirectoryProfile.of(
            username,
            attributes.first(CallerAttributes.DISPLAY_NAME).orElse(null),
            attributes.first(CallerAttributes.EMAIL).orElse(null),
            RecordScopes.roles(context));
    if (profile.isEmpty()) {
      return SignInOutcome.REFUSED;
    }
    Instant now = Instant.now();
    String who = profile.get().username();
    if (known.isEmpty()) {
      User user = User.fromDirectory(profile.get(), now);
      user.recordCreation(who, now);
      users.add(user);
      return SignInOutcome.DIRECTORY_USER;
    }
    User user = known.get();
    if (!user.isActive()) {
      return SignInOutcome.DEACTIVATED;
    }
    if (user.adopt(profile.get())) {
      user.recordModification(who, now);
    }
    return SignInOutcome.DIRECTORY_USER;
  }
}
