package de.opencrm.infrastructure.security;

import de.opencrm.domain.admin.PasswordPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Security tunables from MicroProfile Config (environment variable CRM_PASSWORD_MIN_LENGTH and the
 * like).
 */
@ApplicationScoped
public class SecurityConfiguration {

  @Inject
  @ConfigProperty(name = "crm.password.min-length", defaultValue = "10")
  int passwordMinLength;

  /**
   * Dependent: the policy is an immutable value and a final class, so it is handed out as is, not
   * proxied.
   */
  @Produces
  PasswordPolicy passwordPolicy() {
    return new PasswordPolicy(passwordMinLength);
  }
}
