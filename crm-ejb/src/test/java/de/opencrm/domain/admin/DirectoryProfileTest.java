package de.opencrm.domain.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectoryProfileTest {

  private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

  @Test
  void takesNameAddressAndRolesAsTheDirectorySaysWithTheUserNameLowerCased() {
    DirectoryProfile profile =
        DirectoryProfile.of(
                " Lena.Lindner ", " Lena Lindner ", "lena@example.com", List.of(Role.SALES))
            .orElseThrow();
    assertThat(profile.username()).isEqualTo("lena.lindner");
    assertThat(profile.displayName()).isEqualTo("Lena Lindner");
    assertThat(profile.email()).isEqualTo("lena@example.com");
    assertThat(profile.roles()).containsExactly(Role.SALES);
  }

  @Test
  void aMissingNameIsTheUserNameAndAnUnusableAddressIsLeftOut() {
    DirectoryProfile profile =
        DirectoryProfile.of("otto", "  ", "kein-mail", List.of(Role.SERVICE)).orElseThrow();
    assertThat(profile.displayName()).isEqualTo("otto");
    assertThat(profile.email()).isNull();
    assertThat(DirectoryProfile.of("otto", null, null, List.of(Role.SERVICE)).orElseThrow().email())
        .isNull();
  }

  @Test
  void aNameLongerThanTheColumnIsCut() {
    DirectoryProfile profile =
        DirectoryProfile.of("lang", "x".repeat(150), null, List.of(Role.SALES)).orElseThrow();
    assertThat(profile.displayName()).hasSize(DirectoryProfile.MAX_DISPLAY_NAME);
  }

  @Test
  void noCrmRoleOrAnOverlongUserNameIsNoProfile() {
    assertThat(DirectoryProfile.of("gast", "Gast", null, List.of())).isEmpty();
    assertThat(DirectoryProfile.of("x".repeat(41), "X", null, List.of(Role.SALES))).isEmpty();
    assertThat(DirectoryProfile.of(" ", "X", null, List.of(Role.SALES))).isEmpty();
  }

  @Test
  void aDirectoryUserHasNoUsablePasswordAndFollowsTheDirectoryAtEachLogin() {
    User user =
        User.fromDirectory(
            DirectoryProfile.of("lena", "Lena", "lena@example.com", List.of(Role.SALES))
                .orElseThrow(),
            NOW);
    assertThat(user.isDirectoryUser()).isTrue();
    assertThat(user.getPasswordHash()).isEqualTo(User.NO_LOCAL_PASSWORD).doesNotStartWith("$2");

    DirectoryProfile same =
        new DirectoryProfile("lena", "Lena", "lena@example.com", Set.of(Role.SALES));
    assertThat(user.adopt(same)).as("nothing changed").isFalse();

    DirectoryProfile promoted =
        new DirectoryProfile(
            "lena", "Lena Lindner", "lena@example.com", Set.of(Role.SALES, Role.MANAGER));
    assertThat(user.adopt(promoted)).isTrue();
    assertThat(user.getDisplayName()).isEqualTo("Lena Lindner");
    assertThat(user.getRoles()).containsExactlyInAnyOrder(Role.SALES, Role.MANAGER);
  }

  @Test
  void aLocalUserIsNeverOverwrittenByTheDirectory() {
    User local = new User("sales", "$2a$10$hash", NOW);
    DirectoryProfile profile = new DirectoryProfile("sales", "Fremd", null, Set.of(Role.ADMIN));
    assertThatThrownBy(() -> local.adopt(profile)).isInstanceOf(IllegalStateException.class);
    assertThat(local.getRoles()).isEmpty();
  }
}
