package de.opencrm.application.admin;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.domain.admin.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MyAccountServiceTest {

  /** Every page shows the user's profile: a role missing here breaks every page for its users. */
  @Test
  void everyRoleReadsItsOwnProfile() {
    assertThat(MyAccountService.class.getAnnotation(RolesAllowed.class).value())
        .containsExactlyInAnyOrder(
            Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new));
  }
}
