package de.opencrm.domain.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordAccessTest {

  @Test
  void theOwnerAndTheOwnersTeamEditOthersRead() {
    assertThat(RecordAccess.mayEdit("sales", 1L, Set.of(Role.SALES), "sales", 1L)).isTrue();
    assertThat(RecordAccess.mayEdit("manager", 1L, Set.of(Role.MANAGER), "sales", 1L)).isTrue();
    assertThat(RecordAccess.mayEdit("sales2", 2L, Set.of(Role.SALES), "sales", 1L)).isFalse();
    assertThat(RecordAccess.mayEdit("lonely", null, Set.of(Role.SALES), "sales", null)).isFalse();
  }

  @Test
  void serviceAndMarketingReadEvenInTheOwnersTeam() {
    assertThat(RecordAccess.mayEdit("service", 1L, Set.of(Role.SERVICE), "sales", 1L)).isFalse();
    assertThat(RecordAccess.mayEdit("marketing", 1L, Set.of(Role.MARKETING), "marketing", 1L))
        .isFalse();
  }

  @Test
  void administratorsEditEverything() {
    assertThat(RecordAccess.mayEdit("admin", null, Set.of(Role.ADMIN), "sales", 1L)).isTrue();
  }
}
