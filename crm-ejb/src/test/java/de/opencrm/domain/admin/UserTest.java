package de.opencrm.domain.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class UserTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  @Test
  void userNamesAreStoredTrimmedAndLowerCaseAsTheRealmLooksThemUp() {
    User user = new User("  M.Mueller ", "$2a$10$hash", NOW);
    assertThat(user.getUsername()).isEqualTo("m.mueller");
  }

  @Test
  void aResetPasswordMustBeChangedAndAnOwnOneNeedNot() {
    User user = new User("sales", "$2a$10$first", NOW);
    user.changePassword("$2a$10$temporary", NOW.plusSeconds(60), true);
    assertThat(user.isMustChangePassword()).isTrue();
    user.changePassword("$2a$10$own", NOW.plusSeconds(120), false);
    assertThat(user.isMustChangePassword()).isFalse();
    assertThat(user.getPasswordChangedAt()).isEqualTo(NOW.plusSeconds(120));
  }

  @Test
  void grantingReplacesTheRolesAndTheGetterCannotChangeThem() {
    User user = new User("manager", "$2a$10$hash", NOW);
    user.grantExactly(EnumSet.of(Role.SALES, Role.MANAGER));
    user.grantExactly(EnumSet.of(Role.MANAGER));
    user.getRoles().add(Role.ADMIN);
    assertThat(user.getRoles()).containsExactly(Role.MANAGER);
    assertThat(user.hasRole(Role.ADMIN)).isFalse();
  }

  @Test
  void blankEmailIsStoredAsNone() {
    User user = new User("service", "$2a$10$hash", NOW);
    user.describe(" Sven Seidel ", "  ", null);
    assertThat(user.getDisplayName()).isEqualTo("Sven Seidel");
    assertThat(user.getEmail()).isNull();
  }
}
