package de.opencrm.application.admin;

import de.opencrm.application.common.Stamp;
import de.opencrm.domain.admin.PasswordPolicy;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.Team;
import de.opencrm.domain.admin.TeamRepository;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.infrastructure.security.BcryptPasswords;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure someone can log in after the schema is in place. In demo mode (CRM_DEMO=true) it
 * creates the demo teams and users, each with the password "demo"; otherwise, on a database without
 * any user, it creates "admin" with the password from CRM_ADMIN_PASSWORD, which must satisfy the
 * password policy.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class UserBootstrap {

  private static final Logger LOG = Logger.getLogger(UserBootstrap.class.getName());
  static final String DEMO_PASSWORD = "demo";

  private record DemoUser(String username, String displayName, String team, Role role) {}

  private static final List<DemoUser> DEMO_USERS =
      List.of(
          new DemoUser("admin", "Andrea Adler", null, Role.ADMIN),
          new DemoUser("sales", "Stefan Schmitt", "Vertrieb Nord", Role.SALES),
          new DemoUser("sales2", "Sabine Sommer", "Vertrieb Süd", Role.SALES),
          new DemoUser("manager", "Markus Meier", "Vertrieb Nord", Role.MANAGER),
          new DemoUser("marketing", "Mia Martens", "Marketing", Role.MARKETING),
          new DemoUser("service", "Sven Seidel", "Kundenservice", Role.SERVICE),
          new DemoUser("service2", "Sophie Sauer", "Kundenservice", Role.SERVICE),
          new DemoUser("auditor", "Anke Auer", null, Role.AUDITOR),
          new DemoUser("privacy", "Dana Dietrich", null, Role.PRIVACY));

  @Inject UserRepository users;
  @Inject TeamRepository teams;
  @Inject BcryptPasswords passwords;
  @Inject PasswordPolicy policy;

  @Inject
  @ConfigProperty(name = "crm.demo", defaultValue = "false")
  boolean demo;

  @Inject
  @ConfigProperty(name = "crm.admin.password")
  Optional<String> adminPassword;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void ensureUsers() {
    if (demo) {
      createDemoUsers();
    } else if (users.count() == 0) {
      createAdmin();
    }
  }

  private void createDemoUsers() {
    Stamp stamp = Stamp.system();
    int created = 0;
    for (DemoUser demoUser : DEMO_USERS) {
      if (users.findByUsername(demoUser.username()).isEmpty()) {
        User user = new User(demoUser.username(), passwords.hash(DEMO_PASSWORD), stamp.at());
        user.describe(
            demoUser.displayName(),
            demoUser.username() + "@example.com",
            team(demoUser.team(), stamp));
        user.grantExactly(EnumSet.of(demoUser.role()));
        user.recordCreation(stamp.user(), stamp.at());
        users.add(user);
        created++;
      }
    }
    LOG.warning(
        "Demo mode: " + created + " demo users created, every demo user's password is 'demo'.");
  }

  private Team team(String name, Stamp stamp) {
    if (name == null) {
      return null;
    }
    return teams
        .findByName(name)
        .orElseGet(
            () -> {
              Team team = new Team(name, null);
              team.recordCreation(stamp.user(), stamp.at());
              return teams.add(team);
            });
  }

  private void createAdmin() {
    String password = adminPassword.orElse("");
    List<String> weak = policy.violations(password, "admin");
    if (!weak.isEmpty()) {
      LOG.severe(
          "No user exists and CRM_ADMIN_PASSWORD is missing or too weak ("
              + String.join(", ", weak)
              + "): set it to create the first administrator 'admin'. Nobody can log in until then.");
      return;
    }
    Stamp stamp = Stamp.system();
    User admin = new User("admin", passwords.hash(password), stamp.at());
    admin.describe("Administrator", null, null);
    admin.grantExactly(EnumSet.of(Role.ADMIN));
    admin.recordCreation(stamp.user(), stamp.at());
    users.add(admin);
    LOG.info("Created the first administrator 'admin' from CRM_ADMIN_PASSWORD.");
  }
}
