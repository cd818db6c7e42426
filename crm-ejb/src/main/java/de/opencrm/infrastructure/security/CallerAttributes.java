package de.opencrm.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;

/**
 * What the security realm that let the caller in knows about them besides roles: for a user from
 * the company directory the attributes the LDAP realm maps ({@code displayName}, {@code email}, see
 * wildfly-config's optional/ldap.cli).
 */
@ApplicationScoped
public class CallerAttributes {

  /** The directory's name of the user ({@code cn}). */
  public static final String DISPLAY_NAME = "displayName";

  /** The directory's e-mail address of the user ({@code mail}). */
  public static final String EMAIL = "email";

  public Optional<String> first(String attribute) {
    SecurityDomain domain = SecurityDomain.getCurrent();
    if (domain == null) {
      return Optional.empty();
    }
    SecurityIdentity identity = domain.getCurrentSecurityIdentity();
    if (identity == null || !identity.getAttributes().containsKey(attribute)) {
      return Optional.empty();
    }
    return Optional.ofNullable(identity.getAttributes().getFirst(attribute));
  }
}
