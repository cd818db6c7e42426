package de.opencrm.it;

import java.util.concurrent.Callable;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Runs code inside the server as a real user, authenticated by the CRM's security domain with their
 * password, just as the login form does; the EJBs then see that user's roles.
 */
public final class As {

  private final SecurityIdentity identity;

  private As(SecurityIdentity identity) {
    this.identity = identity;
  }

  /** Authenticates against the realm; throws SecurityException when the realm refuses. */
  public static As user(String username, String password) {
    try {
      return new As(
          SecurityDomain.getCurrent()
              .authenticate(username, new PasswordGuessEvidence(password.toCharArray())));
    } catch (RealmUnavailableException e) {
      throw new IllegalStateException(e);
    }
  }

  public <T> T call(Callable<T> action) throws Exception {
    return identity.runAs(action);
  }

  public void run(Runnable action) {
    identity.runAs(action);
  }
}
