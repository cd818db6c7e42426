package de.opencrm.domain.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RecordScopeTest {

  private static final long ME = 7;
  private static final long MY_TEAM = 3;

  private static Function<Role, Visibility> configured(Visibility sales, Visibility service) {
    return Map.of(Role.SALES, sales, Role.SERVICE, service)::get;
  }

  private static RecordScope scope(Set<Role> roles, Visibility sales) {
    return RecordScope.of(roles, Area.CONTACTS, ME, MY_TEAM, configured(sales, Visibility.OWN));
  }

  @Test
  void salesSeesWhatTheAdministratorConfigured() {
    RecordScope own = scope(Set.of(Role.SALES), Visibility.OWN);
    assertThat(own.sees(ME, 99L)).isTrue();
    assertThat(own.sees(8L, MY_TEAM)).isFalse();

    RecordScope team = scope(Set.of(Role.SALES), Visibility.TEAM);
    assertThat(team.sees(8L, MY_TEAM)).isTrue();
    assertThat(team.sees(8L, 4L)).isFalse();
    assertThat(team.sees(8L, null)).isFalse();

    assertThat(scope(Set.of(Role.SALES), Visibility.ALL).isAll()).isTrue();
  }

  @Test
  void aManagerSeesAtLeastTheTeam() {
    RecordScope manager = scope(Set.of(Role.MANAGER), Visibility.OWN);
    assertThat(manager.sees(8L, MY_TEAM)).isTrue();
    assertThat(manager.sees(8L, 4L)).isFalse();
    assertThat(scope(Set.of(Role.MANAGER), Visibility.ALL).isAll()).isTrue();
  }

  @Test
  void theWidestRoleWins() {
    assertThat(scope(Set.of(Role.SALES, Role.MARKETING), Visibility.OWN).isAll()).isTrue();
    assertThat(scope(Set.of(Role.SALES, Role.ADMIN), Visibility.OWN).isAll()).isTrue();
    RecordScope salesAndService =
        RecordScope.of(
            Set.of(Role.SALES, Role.SERVICE),
            Area.CONTACTS,
            ME,
            MY_TEAM,
            configured(Visibility.OWN, Visibility.TEAM));
    assertThat(salesAndService.sees(8L, MY_TEAM)).isTrue();
  }

  @Test
  void aRoleThatMayNotReadTheAreaWidensNothing() {
    // auditors see no contacts at all; their role does not open the list to everything
    RecordScope salesAndAuditor = scope(Set.of(Role.SALES, Role.AUDITOR), Visibility.OWN);
    assertThat(salesAndAuditor.isAll()).isFalse();
    assertThat(salesAndAuditor.sees(ME, null)).isTrue();
  }

  @Test
  void aUserWithoutTeamSeesOnlyOwnRecordsUnderTeamVisibility() {
    RecordScope noTeam =
        RecordScope.of(
            Set.of(Role.SALES),
            Area.CONTACTS,
            ME,
            null,
            configured(Visibility.TEAM, Visibility.OWN));
    assertThat(noTeam.sees(ME, null)).isTrue();
    assertThat(noTeam.sees(8L, null)).isFalse();
  }
}
