package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.application.account.AccountForm;
import de.opencrm.application.account.AccountService;
import de.opencrm.application.activity.ActivityForm;
import de.opencrm.application.activity.JournalService;
import de.opencrm.application.activity.TaskForm;
import de.opencrm.application.activity.TaskService;
import de.opencrm.application.contact.ContactForm;
import de.opencrm.application.contact.ContactService;
import de.opencrm.application.duplicate.AccountMergeService;
import de.opencrm.application.search.SearchService;
import de.opencrm.domain.account.AccountRow;
import de.opencrm.domain.account.CustomerTier;
import de.opencrm.domain.activity.ActivityRow;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.contact.ContactRow;
import de.opencrm.domain.duplicate.AccountField;
import de.opencrm.domain.search.SearchHit;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Merging two companies on PostgreSQL: chosen values survive; people, journal entries, tasks and
 * subsidiaries move; the duplicate leaves lists and search; the merge can be undone; group members
 * and other teams' companies are refused.
 */
@ExtendWith(ArquillianExtension.class)
class AccountMergeIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(AccountMergeIT.class);
  }

  @Inject AccountMergeService merging;
  @Inject AccountService accounts;
  @Inject ContactService contacts;
  @Inject JournalService journal;
  @Inject TaskService tasks;
  @Inject SearchService search;

  /** Logged in when a test runs: the server's security domain is not there when JUnit builds it. */
  private As sales;

  @BeforeEach
  void logIn() {
    sales = As.user("sales", "demo");
  }

  private long company(String name, String erp, Long parentId) throws Exception {
    AccountForm form = new AccountForm();
    form.setName(name);
    form.setErpDebtorNumber(erp);
    form.setCity("Köln");
    form.setPostalCode("50667");
    form.setParentId(parentId);
    return sales.call(() -> accounts.createAccount(form));
  }

  private long version(long id) throws Exception {
    return sales.call(() -> accounts.loadAccount(id)).getVersion();
  }

  @Test
  void mergingMovesPeopleJournalTasksAndSubsidiariesAndAnUndoBringsThemBack() throws Exception {
    String tag = TestData.letterTag();
    long keep = company("Rheinwerk " + tag, null, null);
    long dup = company("Rhein-Werk " + tag, "D-" + tag, null);
    AccountForm premium = sales.call(() -> accounts.loadAccount(dup));
    premium.setServiceTier(CustomerTier.PREMIUM);
    sales.run(() -> accounts.updateAccount(premium));
    long subsidiary = company("Rheinwerk Süd " + tag, null, dup);
    ContactForm person = sales.call(() -> contacts.newContact(dup));
    person.setLastName("Beschäftigt" + tag);
    long personId = sales.call(() -> contacts.createContact(person));
    ActivityForm call = sales.call(() -> journal.newActivity(RecordRef.account(dup)));
    call.setSubject("Anruf " + tag);
    call.setOccurredAt(LocalDateTime.of(2026, 11, 20, 10, 0));
    long callId = sales.call(() -> journal.logActivity(call));
    TaskForm task = sales.call(() -> tasks.newTask(RecordRef.contact(personId)));
    task.setSubject("Rückruf " + tag);
    long taskId = sales.call(() -> tasks.createTask(task));

    long mergeId =
        sales.call(
            () ->
                merging.mergeAccounts(
                    keep,
                    version(keep),
                    dup,
                    version(dup),
                    EnumSet.of(AccountField.ERP_NUMBER, AccountField.SERVICE_LEVEL),
                    Set.of()));

    AccountForm merged = sales.call(() -> accounts.loadAccount(keep));
    assertThat(merged.getServiceTier()).isEqualTo(CustomerTier.PREMIUM);
    assertThat(
            sales
                .call(
                    () ->
                        contacts.listContacts(
                            new PageRequest(0, 10, null, true, "rheinwerk " + tag), null))
                .rows())
        .as("the person who moved is found by the survivor's name")
        .extracting(ContactRow::id)
        .contains(personId);
    assertThat(merged.getName()).isEqualTo("Rheinwerk " + tag);
    assertThat(merged.getErpDebtorNumber()).isEqualTo("D-" + tag);
    assertThat(sales.call(() -> accounts.loadAccount(subsidiary)).getParentId()).isEqualTo(keep);
    assertThat(sales.call(() -> contacts.listContacts(PageRequest.of(0, 10), keep)).rows())
        .extracting(ContactRow::id)
        .containsExactly(personId);
    assertThat(
            sales
                .call(() -> journal.timeline(RecordRef.account(keep), PageRequest.of(0, 10)))
                .rows())
        .extracting(ActivityRow::id)
        .contains(callId);
    assertThat(
            sales
                .call(() -> tasks.openTasksAbout(RecordRef.account(keep), PageRequest.of(0, 10)))
                .rows())
        .anySatisfy(t -> assertThat(t.id()).isEqualTo(taskId));
    AccountForm gone = sales.call(() -> accounts.loadAccount(dup));
    assertThat(gone.getMergedIntoId()).isEqualTo(keep);
    assertThat(gone.isEditable()).isFalse();
    assertThat(sales.call(() -> search.search("rhein-werk " + tag, 8)))
        .extracting(SearchHit::record)
        .doesNotContain(RecordRef.account(dup));
    assertThat(
            sales
                .call(
                    () ->
                        accounts.listAccounts(new PageRequest(0, 50, "name", true, tag, Map.of())))
                .rows())
        .extracting(AccountRow::id)
        .containsExactlyInAnyOrder(keep, subsidiary);

    sales.run(() -> merging.undoMerge(mergeId));
    assertThat(sales.call(() -> accounts.loadAccount(keep)).getErpDebtorNumber()).isNull();
    assertThat(sales.call(() -> accounts.loadAccount(keep)).getServiceTier())
        .isEqualTo(CustomerTier.STANDARD);
    assertThat(sales.call(() -> accounts.loadAccount(dup)).getMergedIntoId()).isNull();
    assertThat(sales.call(() -> accounts.loadAccount(subsidiary)).getParentId()).isEqualTo(dup);
    assertThat(sales.call(() -> contacts.listContacts(PageRequest.of(0, 10), dup)).rows())
        .extracting(ContactRow::id)
        .containsExactly(personId);
    assertThat(
            sales
                .call(() -> journal.timeline(RecordRef.account(dup), PageRequest.of(0, 10)))
                .rows())
        .extracting(ActivityRow::id)
        .contains(callId);
    assertThat(sales.call(() -> merging.undoableMergeInto(keep))).isEmpty();
  }

  @Test
  void groupMembersStaleVersionsAndOtherTeamsCompaniesAreRefused() throws Exception {
    String tag = TestData.letterTag();
    long parent = company("Konzern " + tag, null, null);
    long child = company("Konzern Tochter " + tag, null, parent);
    assertThatThrownBy(
            () ->
                sales.call(
                    () ->
                        merging.mergeAccounts(
                            parent,
                            version(parent),
                            child,
                            version(child),
                            EnumSet.noneOf(AccountField.class),
                            Set.of())))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("merge.groupMembers");

    long other = company("Konzern Zwilling " + tag, null, null);
    assertThatThrownBy(
            () ->
                sales.call(
                    () ->
                        merging.mergeAccounts(
                            parent,
                            version(parent),
                            other,
                            version(other) - 1,
                            EnumSet.noneOf(AccountField.class),
                            Set.of())))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("error.concurrentEdit");

    As sales2 = As.user("sales2", "demo");
    assertThatThrownBy(
            () ->
                sales2.call(
                    () ->
                        merging.mergeAccounts(
                            parent,
                            sales2.call(() -> accounts.loadAccount(parent)).getVersion(),
                            other,
                            sales2.call(() -> accounts.loadAccount(other)).getVersion(),
                            EnumSet.noneOf(AccountField.class),
                            Set.of())))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("account.notYours");
  }
}
