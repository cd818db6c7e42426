package de.opencrm.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Asks the container's security domain whether a user name and password are valid, exactly as the
 * login does: used where a user must confirm their current password. The CRM never compares
 * password hashes itself.
 */
@ApplicationScoped
public class ContainerCredentials {

  public boolean areValid(String username, String password) {
    SecurityDomain domain = SecurityDomain.getCurrent();
    if (domain == null) {
      throw new IllegalStateException("no security domain is associated with this call");
    }
    try {
      SecurityIdentity identity =
          domain.authenticate(username, new PasswordGuessEvidence(password.toCharArray()));
      return identity != null;
    } catch (RealmUnavailableException e) {
      throw new IllegalStateException("the user directory is unavailable", e);
    } catch (SecurityException e) {
      return false;
    }
  }
}
