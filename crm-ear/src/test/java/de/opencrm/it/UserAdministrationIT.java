package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.application.admin.MyAccountService;
import de.opencrm.application.admin.TeamAdministrationService;
import de.opencrm.application.admin.UserAdministrationService;
import de.opencrm.application.admin.UserForm;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.UserRow;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.PageRequest;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * User administration inside the real server on PostgreSQL: persistence, container security, the
 * realm.
 */
@ExtendWith(ArquillianExtension.class)
class UserAdministrationIT {

  private static final URI CRM = URI.create("http://127.0.0.1:8080/crm/");

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(UserAdministrationIT.class);
  }

  @Inject UserAdministrationService users;
  @Inject TeamAdministrationService teams;
  @Inject MyAccountService myAccount;

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static UserForm form(String username, String password, Role... roles) {
    UserForm form = new UserForm();
    form.setUsername(username);
    form.setDisplayName("Petra Prüfer");
    form.setEmail(username + "@example.com");
    form.setRoles(List.of(roles));
    form.setInitialPassword(password);
    return form;
  }

  @Test
  void anAdministratorCreatesAUserWhoIsThenFoundInTheListWithTeamAndRoles() throws Exception {
    As admin = As.user("admin", "demo");
    String name = unique("it-list");
    long teamId = admin.call(() -> teams.createTeam(unique("Team Nord"), "Hamburg und Bremen"));
    UserForm form = form(name, "Startpasswort-2026", Role.SALES, Role.MANAGER);
    form.setTeamId(teamId);
    long id = admin.call(() -> users.createUser(form));

    var page = admin.call(() -> users.listUsers(new PageRequest(0, 20, "username", true, name)));
    assertThat(page.total()).isEqualTo(1);
    UserRow row = page.rows().get(0);
    assertThat(row.id()).isEqualTo(id);
    assertThat(row.displayName()).isEqualTo("Petra Prüfer");
    assertThat(row.teamName()).startsWith("Team Nord");
    assertThat(row.roles()).containsExactlyInAnyOrder(Role.SALES, Role.MANAGER);
    assertThat(row.active()).isTrue();
  }

  @Test
  void aTakenUserNameIsRefusedWhateverItsCase() throws Exception {
    As admin = As.user("admin", "demo");
    String name = unique("it-dup");
    admin.call(() -> users.createUser(form(name, "Startpasswort-2026", Role.SALES)));
    assertThatThrownBy(
            () ->
                admin.call(
                    () ->
                        users.createUser(
                            form(name.toUpperCase(), "Startpasswort-2026", Role.SALES))))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("user.usernameTaken");
  }

  @Test
  void aWeakInitialPasswordIsRefusedAndNothingIsStored() throws Exception {
    As admin = As.user("admin", "demo");
    String name = unique("it-weak");
    assertThatThrownBy(() -> admin.call(() -> users.createUser(form(name, "kurz", Role.SALES))))
        .isInstanceOf(BusinessException.class);
    assertThat(admin.call(() -> users.countUsers(name))).isZero();
  }

  @Test
  void salesAndAuditorsCannotUseAdministration() throws Exception {
    for (String user : List.of("sales", "auditor", "manager")) {
      As someone = As.user(user, "demo");
      assertThatThrownBy(() -> someone.call(() -> users.listUsers(PageRequest.of(0, 20))))
          .as(user)
          .isInstanceOf(EJBAccessException.class);
      assertThatThrownBy(() -> someone.call(() -> teams.createTeam(unique("x"), null)))
          .as(user)
          .isInstanceOf(EJBAccessException.class);
    }
  }

  @Test
  void anEditOnAStaleVersionIsRefusedInsteadOfOverwriting() throws Exception {
    As admin = As.user("admin", "demo");
    long id =
        admin.call(
            () -> users.createUser(form(unique("it-lock"), "Startpasswort-2026", Role.SERVICE)));
    UserForm first = admin.call(() -> users.loadUser(id));
    UserForm second = admin.call(() -> users.loadUser(id));
    first.setDisplayName("Erste Änderung");
    admin.run(() -> users.updateUser(first));
    second.setDisplayName("Zweite Änderung");
    assertThatThrownBy(() -> admin.run(() -> users.updateUser(second)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("error.concurrentEdit");
    assertThat(admin.call(() -> users.loadUser(id)).getDisplayName()).isEqualTo("Erste Änderung");
  }

  @Test
  void theRealmAcceptsTheBcryptHashAndRefusesTheUserOnceDeactivated() throws Exception {
    As admin = As.user("admin", "demo");
    String name = unique("it-realm");
    long id = admin.call(() -> users.createUser(form(name, "Startpasswort-2026", Role.SALES)));

    assertThat(FormLogin.succeeds(CRM, name, "Startpasswort-2026")).isTrue();
    assertThat(FormLogin.succeeds(CRM, name.toUpperCase(), "Startpasswort-2026")).isTrue();
    assertThat(FormLogin.succeeds(CRM, name, "Falsches-Passwort-1")).isFalse();

    long version = admin.call(() -> users.loadUser(id)).getVersion();
    admin.run(() -> users.deactivateUser(id, version));
    assertThat(FormLogin.succeeds(CRM, name, "Startpasswort-2026")).isFalse();
    assertThatThrownBy(() -> As.user(name, "Startpasswort-2026"))
        .isInstanceOf(SecurityException.class);

    long reactivated = admin.call(() -> users.loadUser(id)).getVersion();
    admin.run(() -> users.activateUser(id, reactivated));
    assertThat(FormLogin.succeeds(CRM, name, "Startpasswort-2026")).isTrue();
  }

  @Test
  void aResetPasswordWorksOnceAndMustBeReplacedByTheUser() throws Exception {
    As admin = As.user("admin", "demo");
    String name = unique("it-reset");
    long id = admin.call(() -> users.createUser(form(name, "Startpasswort-2026", Role.MARKETING)));
    long version = admin.call(() -> users.loadUser(id)).getVersion();
    String temporary = admin.call(() -> users.resetPassword(id, version));

    assertThat(FormLogin.succeeds(CRM, name, "Startpasswort-2026")).isFalse();
    As user = As.user(name, temporary);
    assertThat(user.call(() -> myAccount.currentProfile().mustChangePassword())).isTrue();

    assertThatThrownBy(
            () -> user.run(() -> myAccount.changeOwnPassword("falsch", "Mein-Neues-2026")))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("password.currentWrong");
    user.run(() -> myAccount.changeOwnPassword(temporary, "Mein-Neues-2026"));
    assertThat(FormLogin.succeeds(CRM, name, "Mein-Neues-2026")).isTrue();
    assertThat(
            As.user(name, "Mein-Neues-2026")
                .call(() -> myAccount.currentProfile().mustChangePassword()))
        .isFalse();
  }

  @Test
  void anAdministratorCannotLockThemselvesOut() throws Exception {
    As admin = As.user("admin", "demo");
    UserForm me =
        admin.call(
            () ->
                users.loadUser(
                    users.listUsers(new PageRequest(0, 1, null, true, "admin")).rows().stream()
                        .filter(r -> r.username().equals("admin"))
                        .findFirst()
                        .orElseThrow()
                        .id()));
    me.setRoles(List.of(Role.SALES));
    assertThatThrownBy(() -> admin.run(() -> users.updateUser(me)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("user.cannotDropOwnAdmin");
    assertThatThrownBy(() -> admin.run(() -> users.deactivateUser(me.getId(), me.getVersion())))
        .isInstanceOf(BusinessException.class);
  }
}
