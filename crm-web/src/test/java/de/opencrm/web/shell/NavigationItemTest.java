package de.opencrm.web.shell;

import static de.opencrm.web.shell.NavigationItem.ACCOUNTS;
import static de.opencrm.web.shell.NavigationItem.AUDIT_JOURNAL;
import static de.opencrm.web.shell.NavigationItem.CONTACTS;
import static de.opencrm.web.shell.NavigationItem.CUSTOM_FIELDS;
import static de.opencrm.web.shell.NavigationItem.ERP;
import static de.opencrm.web.shell.NavigationItem.LEADS;
import static de.opencrm.web.shell.NavigationItem.LEAD_ROUTING;
import static de.opencrm.web.shell.NavigationItem.LEAD_SCORING;
import static de.opencrm.web.shell.NavigationItem.OPPORTUNITIES;
import static de.opencrm.web.shell.NavigationItem.PERMISSIONS;
import static de.opencrm.web.shell.NavigationItem.PRIVACY;
import static de.opencrm.web.shell.NavigationItem.PRODUCTS;
import static de.opencrm.web.shell.NavigationItem.START;
import static de.opencrm.web.shell.NavigationItem.TEAMS;
import static de.opencrm.web.shell.NavigationItem.TICKETS;
import static de.opencrm.web.shell.NavigationItem.USERS;
import static de.opencrm.web.shell.NavigationItem.WEB_FORMS;
import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.domain.admin.Role;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NavigationItemTest {

  private static java.util.List<NavigationItem> menuOf(Role... roles) {
    Set<Role> granted =
        roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
    return NavigationItem.visibleTo(granted::contains);
  }

  @Test
  void everyRoleSeesTheStartPage() {
    for (Role role : Role.values()) {
      assertThat(menuOf(role)).startsWith(START);
    }
  }

  @Test
  void onlyAdministratorsAreOfferedUserTeamFieldAndPermissionAdministration() {
    assertThat(menuOf(Role.ADMIN))
        .containsExactly(
            START,
            ACCOUNTS,
            CONTACTS,
            LEADS,
            OPPORTUNITIES,
            TICKETS,
            USERS,
            TEAMS,
            CUSTOM_FIELDS,
            LEAD_ROUTING,
            LEAD_SCORING,
            WEB_FORMS,
            PRODUCTS,
            ERP,
            PERMISSIONS,
            PRIVACY);
    for (Role role : EnumSet.complementOf(EnumSet.of(Role.ADMIN))) {
      assertThat(menuOf(role))
          .doesNotContain(
              USERS,
              TEAMS,
              CUSTOM_FIELDS,
              LEAD_ROUTING,
              LEAD_SCORING,
              WEB_FORMS,
              PRODUCTS,
              ERP,
              PERMISSIONS);
    }
  }

  @Test
  void customerRecordsAreOfferedToSalesServiceAndMarketingButNotToAuditors() {
    assertThat(menuOf(Role.SALES)).containsExactly(START, ACCOUNTS, CONTACTS, LEADS, OPPORTUNITIES);
    assertThat(menuOf(Role.MANAGER))
        .as("managers see their team's queues")
        .containsExactly(START, ACCOUNTS, CONTACTS, LEADS, OPPORTUNITIES, TICKETS);
    assertThat(menuOf(Role.MARKETING))
        .as("marketing hands leads over; opportunities are sales'")
        .containsExactly(START, ACCOUNTS, CONTACTS, LEADS);
    assertThat(menuOf(Role.SERVICE))
        .as("service works on tickets, not leads")
        .containsExactly(START, ACCOUNTS, CONTACTS, TICKETS);
    assertThat(menuOf(Role.AUDITOR)).containsExactly(START, AUDIT_JOURNAL);
    assertThat(menuOf(Role.PRIVACY)).containsExactly(START, PRIVACY);
  }

  @Test
  void theDataProtectionPagesLieInTheFolderWebXmlRestrictsToPrivacyAndAdmin() {
    assertThat(PRIVACY.getPath()).startsWith("/privacy/");
    for (Role role : EnumSet.complementOf(EnumSet.of(Role.PRIVACY, Role.ADMIN))) {
      assertThat(menuOf(role)).doesNotContain(PRIVACY);
    }
  }

  @Test
  void onlyAuditorsAreOfferedTheAuditJournalInTheFolderWebXmlRestrictsToThem() {
    for (Role role : EnumSet.complementOf(EnumSet.of(Role.AUDITOR))) {
      assertThat(menuOf(role)).doesNotContain(AUDIT_JOURNAL);
    }
    assertThat(AUDIT_JOURNAL.getPath()).startsWith("/audit/");
  }

  @Test
  void aUserWithoutRolesIsOfferedNothing() {
    assertThat(menuOf()).isEmpty();
  }

  @Test
  void adminPagesLieInTheFolderWebXmlRestrictsToAdmin() {
    assertThat(USERS.getPath()).startsWith("/admin/");
    assertThat(TEAMS.getPath()).startsWith("/admin/");
  }
}
