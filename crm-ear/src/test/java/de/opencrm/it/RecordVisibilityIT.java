package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.application.account.AccountForm;
import de.opencrm.application.account.AccountService;
import de.opencrm.application.activity.JournalService;
import de.opencrm.application.admin.PermissionService;
import de.opencrm.application.admin.TeamAdministrationService;
import de.opencrm.application.admin.TeamOption;
import de.opencrm.application.admin.UserAdministrationService;
import de.opencrm.application.admin.UserForm;
import de.opencrm.application.admin.VisibilityRow;
import de.opencrm.application.audit.AuditRow;
import de.opencrm.application.audit.AuditService;
import de.opencrm.application.contact.ContactForm;
import de.opencrm.application.contact.ContactService;
import de.opencrm.application.search.SearchService;
import de.opencrm.application.tag.MassChange;
import de.opencrm.application.tag.MassResult;
import de.opencrm.application.tag.MassUpdateService;
import de.opencrm.application.tag.TagService;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.Visibility;
import de.opencrm.domain.audit.AuditAction;
import de.opencrm.domain.audit.AuditSearch;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.contact.ContactRow;
import de.opencrm.domain.search.SearchHit;
import de.opencrm.integration.export.ExportFormat;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Record-level visibility on PostgreSQL: with "own" or "team" configured for sales, a salesperson
 * reaches other people's records neither through the list, the search, the export, the record's
 * page nor its journal; a manager still sees the team's; the change is in the audit journal.
 */
@ExtendWith(ArquillianExtension.class)
class RecordVisibilityIT {

  private static final String PASSWORD = "Sichtbar-2026-nord";

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(RecordVisibilityIT.class);
  }

  @Inject PermissionService permissions;
  @Inject UserAdministrationService users;
  @Inject TeamAdministrationService teams;
  @Inject AccountService accounts;
  @Inject ContactService contacts;
  @Inject SearchService search;
  @Inject JournalService journal;
  @Inject AuditService audit;
  @Inject TagService tags;
  @Inject MassUpdateService massUpdates;

  /**
   * Not a field: the client side of Arquillian builds the test too, outside any security domain.
   */
  private static As admin() {
    return As.user("admin", "demo");
  }

  @AfterEach
  void everyoneSeesAllCustomersAgain() throws Exception {
    show(Area.ACCOUNTS, Visibility.ALL);
    show(Area.CONTACTS, Visibility.ALL);
  }

  private void show(Area area, Visibility visibility) throws Exception {
    VisibilityRow row =
        admin().call(() -> permissions.visibilities()).stream()
            .filter(v -> v.area() == area && v.role() == Role.SALES)
            .findFirst()
            .orElseThrow();
    if (row.visibility() != visibility) {
      admin().run(() -> permissions.changeVisibility(row.id(), row.version(), visibility));
    }
  }

  /** A second salesperson in the demo team "Vertrieb Nord", beside "sales" and "manager". */
  private As colleagueInNorth() throws Exception {
    String name = "it-nord-" + TestData.letterTag();
    long north =
        admin().call(() -> teams.listTeams()).stream()
            .filter(t -> t.name().equals("Vertrieb Nord"))
            .mapToLong(TeamOption::id)
            .findFirst()
            .orElseThrow();
    UserForm form = new UserForm();
    form.setUsername(name);
    form.setDisplayName("Nora Nordmann");
    form.setEmail(name + "@example.com");
    form.setRoles(List.of(Role.SALES));
    form.setTeamId(north);
    form.setInitialPassword(PASSWORD);
    admin().call(() -> users.createUser(form));
    return As.user(name, PASSWORD);
  }

  private long person(As owner, String lastName, String word) throws Exception {
    ContactForm form = new ContactForm();
    form.setFirstName("Vera");
    form.setLastName(lastName + " " + word);
    return owner.call(() -> contacts.createContact(form));
  }

  private List<Long> listed(As user, String word) throws Exception {
    return user
        .call(() -> contacts.listContacts(new PageRequest(0, 50, "name", true, word), null))
        .rows()
        .stream()
        .map(ContactRow::id)
        .toList();
  }

  private List<RecordRef> found(As user, String word) throws Exception {
    return user.call(() -> search.search(word, 20)).stream().map(SearchHit::record).toList();
  }

  private String exported(As user, String word) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    user.call(
        () ->
            contacts.exportContacts(
                new PageRequest(0, 50, "name", true, word),
                ExportFormat.CSV,
                List.of("Name", "E-Mail", "Telefon", "Firma", "Betreuer", "Schlagwörter"),
                Locale.GERMAN,
                out));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void withOwnVisibilityASalespersonReachesOnlyOwnPeopleAndTheManagerTheTeams() throws Exception {
    String word = TestData.letterTag();
    As sales = As.user("sales", "demo");
    As colleague = colleagueInNorth();
    As south = As.user("sales2", "demo");
    long mine = person(sales, "Eigen", word);
    long colleagues = person(colleague, "Kollegin", word);
    long southern = person(south, "Sued", word);

    assertThat(listed(sales, word)).containsExactlyInAnyOrder(mine, colleagues, southern);

    show(Area.CONTACTS, Visibility.OWN);
    assertThat(listed(sales, word)).containsExactly(mine);
    assertThat(sales.call(() -> contacts.countContacts(PageRequest.of(0, 1), null)))
        .isLessThan(admin().call(() -> contacts.countContacts(PageRequest.of(0, 1), null)));
    assertThat(found(sales, word)).containsExactly(RecordRef.contact(mine));
    assertThat(found(sales, "Kollegin " + word)).isEmpty();
    String csv = exported(sales, word);
    assertThat(csv).contains("Eigen " + word).doesNotContain("Kollegin").doesNotContain("Sued");
    assertThatThrownBy(() -> sales.call(() -> contacts.loadContact(colleagues)))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("contact.notFound");
    assertThatThrownBy(
            () ->
                sales.call(
                    () -> journal.timeline(RecordRef.contact(colleagues), PageRequest.of(0, 10))))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("contact.notFound");
    // nor tag it by id, alone or in a selection (the team may edit it, but "own" hides it)
    assertThatThrownBy(
            () -> sales.run(() -> tags.retag(RecordRef.contact(colleagues), 0, List.of("VIP"))))
        .hasMessageContaining("contact.notFound");
    MassResult mass =
        sales.call(
            () ->
                massUpdates.updateRecords(
                    RecordRef.Kind.CONTACT,
                    List.of(mine, colleagues),
                    new MassChange(List.of("Messe " + word), List.of(), null)));
    assertThat(mass.changed()).isEqualTo(1);
    assertThat(mass.refused()).containsExactly("#" + colleagues);
    // the manager of "Vertrieb Nord" sees the team, not the south; marketing sees everyone
    As manager = As.user("manager", "demo");
    assertThat(listed(manager, word)).containsExactlyInAnyOrder(mine, colleagues);
    assertThatThrownBy(() -> manager.call(() -> audit.recordHistory("Contact", southern, 0, 10)))
        .as("a history is as visible as its record")
        .hasMessageContaining("contact.notFound");
    assertThat(manager.call(() -> audit.countRecordHistory("Contact", colleagues))).isPositive();
    assertThat(listed(As.user("marketing", "demo"), word)).hasSize(3);

    show(Area.CONTACTS, Visibility.TEAM);
    assertThat(listed(sales, word)).containsExactlyInAnyOrder(mine, colleagues);
    assertThat(found(sales, word))
        .containsExactlyInAnyOrder(RecordRef.contact(mine), RecordRef.contact(colleagues));
    assertThat(sales.call(() -> contacts.loadContact(colleagues)).getLastName())
        .isEqualTo("Kollegin " + word);
    assertThatThrownBy(() -> sales.call(() -> contacts.loadContact(southern)))
        .isInstanceOf(BusinessException.class);
  }

  @Test
  void companiesFollowTheirOwnSettingAndTheChangeIsAudited() throws Exception {
    String word = TestData.letterTag();
    As sales = As.user("sales", "demo");
    As south = As.user("sales2", "demo");
    AccountForm form = new AccountForm();
    form.setName("Südbau " + word);
    long southern = south.call(() -> accounts.createAccount(form));

    show(Area.CONTACTS, Visibility.OWN);
    assertThat(sales.call(() -> accounts.loadAccount(southern)).getName()).startsWith("Südbau");

    show(Area.ACCOUNTS, Visibility.OWN);
    assertThat(sales.call(() -> accounts.listAccounts(new PageRequest(0, 10, "name", true, word))))
        .extracting(page -> page.total())
        .isEqualTo(0L);
    assertThat(found(sales, "Südbau " + word)).isEmpty();
    assertThatThrownBy(() -> sales.call(() -> accounts.loadAccount(southern)))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("account.notFound");

    List<AuditRow> changes =
        As.user("auditor", "demo")
            .call(
                () ->
                    audit.search(
                        new AuditSearch(
                            "admin", "AreaVisibility", null, AuditAction.UPDATE, null, null),
                        0,
                        20));
    assertThat(changes)
        .anySatisfy(
            row -> {
              assertThat(row.recordLabel()).isEqualTo("ACCOUNTS / SALES");
              assertThat(row.changes())
                  .anySatisfy(change -> assertThat(change.after()).isEqualTo("OWN"));
            });
  }
}
