package de.opencrm.infrastructure.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns a password into the bcrypt hash the Elytron JDBC realm checks at login ({@code $2a$},
 * modular crypt form). The CRM only ever hashes; verification is the container's.
 */
@ApplicationScoped
public class BcryptPasswords {

  @Inject
  @ConfigProperty(name = "crm.password.bcrypt-cost", defaultValue = "10")
  int cost;

  public String hash(String password) {
    return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
  }
}
