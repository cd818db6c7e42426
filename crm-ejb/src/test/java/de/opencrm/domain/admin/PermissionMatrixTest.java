package de.opencrm.domain.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PermissionMatrixTest {

  @Test
  void administratorsDoNotReadTheAuditJournalAndAuditorsSeeNoCustomers() {
    assertThat(PermissionMatrix.allows(Role.ADMIN, Area.AUDIT, Operation.READ)).isFalse();
    assertThat(PermissionMatrix.rolesFor(Area.AUDIT, Operation.READ)).containsOnly(Role.AUDITOR);
    for (Area customers : new Area[] {Area.ACCOUNTS, Area.CONTACTS, Area.LEADS, Area.TICKETS}) {
      assertThat(PermissionMatrix.operations(Role.AUDITOR, customers)).isEmpty();
    }
  }

  @Test
  void everyoneWhoMayChangeOrExportAnAreaMayAlsoReadIt() {
    for (Role role : Role.values()) {
      for (Area area : Area.values()) {
        if (!PermissionMatrix.operations(role, area).isEmpty()) {
          assertThat(PermissionMatrix.allows(role, area, Operation.READ))
              .as("%s in %s", role, area)
              .isTrue();
        }
      }
    }
  }

  @Test
  void salesWorksCustomersServiceAndMarketingReadThem() {
    assertThat(PermissionMatrix.operations(Role.SALES, Area.CONTACTS))
        .containsExactly(Operation.READ, Operation.CREATE, Operation.EDIT, Operation.EXPORT);
    assertThat(PermissionMatrix.operations(Role.SERVICE, Area.CONTACTS))
        .containsExactly(Operation.READ, Operation.EXPORT);
    assertThat(PermissionMatrix.allows(Role.MARKETING, Area.ACCOUNTS, Operation.EDIT)).isFalse();
    assertThat(PermissionMatrix.rolesFor(Area.ADMIN, Operation.EDIT)).containsOnly(Role.ADMIN);
  }

  @Test
  void aUserWithSeveralRolesMayWhatAnyOfThemMay() {
    assertThat(
            PermissionMatrix.allows(
                java.util.Set.of(Role.SERVICE, Role.MARKETING), Area.CAMPAIGNS, Operation.DELETE))
        .isTrue();
    assertThat(
            PermissionMatrix.allows(
                java.util.Set.of(Role.SERVICE, Role.AUDITOR), Area.CAMPAIGNS, Operation.READ))
        .isFalse();
  }
}
