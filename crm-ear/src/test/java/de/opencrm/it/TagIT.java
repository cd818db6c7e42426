package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.application.account.AccountForm;
import de.opencrm.application.account.AccountService;
import de.opencrm.application.contact.ContactForm;
import de.opencrm.application.contact.ContactService;
import de.opencrm.application.tag.MassChange;
import de.opencrm.application.tag.MassResult;
import de.opencrm.application.tag.MassUpdateService;
import de.opencrm.application.tag.TagService;
import de.opencrm.domain.account.AccountRow;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.contact.ContactRow;
import de.opencrm.integration.export.ExportFormat;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tags on PostgreSQL: kept with the record in one spelling, filtered on in lists and exports;
 * marketing tags what it may not otherwise change; a mass update changes what the user may and
 * names the rest.
 */
@ExtendWith(ArquillianExtension.class)
class TagIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(TagIT.class);
  }

  @Inject AccountService accounts;
  @Inject ContactService contacts;
  @Inject TagService tags;
  @Inject MassUpdateService massUpdates;

  private static As as(String user) {
    return As.user(user, "demo");
  }

  private long company(String user, String name, List<String> tagNames) throws Exception {
    AccountForm form = new AccountForm();
    form.setName(name);
    form.setTags(tagNames);
    return as(user).call(() -> accounts.createAccount(form));
  }

  private long person(String user, String lastName) throws Exception {
    ContactForm form = new ContactForm();
    form.setLastName(lastName);
    return as(user).call(() -> contacts.createContact(form));
  }

  private static PageRequest tagged(String tag) {
    return new PageRequest(0, 50, "name", true, null, Map.of("tag", tag));
  }

  @Test
  void tagsAreKeptInOneSpellingAndFilterListsAndExports() throws Exception {
    String word = TestData.letterTag();
    long id =
        company(
            "sales", "Etikett GmbH " + word, List.of("Messe " + word, "messe  " + word, "A-Kunde"));
    company("sales", "Ohne Etikett GmbH " + word, List.of());

    assertThat(as("sales").call(() -> accounts.loadAccount(id)).getTags())
        .containsExactly("A-Kunde", "Messe " + word);
    List<AccountRow> rows =
        as("service").call(() -> accounts.listAccounts(tagged("MESSE " + word))).rows();
    assertThat(rows).extracting(AccountRow::id).containsExactly(id);
    assertThat(rows.get(0).tags()).containsExactly("A-Kunde", "Messe " + word);
    assertThat(as("service").call(() -> accounts.countAccounts(tagged("messe " + word))))
        .isEqualTo(1);
    assertThat(as("sales").call(() -> tags.suggestTags("esse " + word))).contains("Messe " + word);

    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    as("marketing")
        .call(
            () ->
                accounts.exportAccounts(
                    tagged("Messe " + word),
                    ExportFormat.CSV,
                    List.of("Name", "PLZ", "Ort", "ERP", "Betreuer", "Schlagwörter"),
                    Locale.GERMAN,
                    csv));
    String text = csv.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("Etikett GmbH " + word).doesNotContain("Ohne Etikett");
    assertThat(text).contains("A-Kunde, Messe " + word);
  }

  @Test
  void marketingTagsWhatItMayOnlyReadServiceDoesNotAndOtherTeamsAreRefused() throws Exception {
    String word = TestData.letterTag();
    long id = company("sales", "Zielgruppe AG " + word, List.of());
    long version = as("sales").call(() -> accounts.loadAccount(id)).getVersion();
    assertThat(as("marketing").call(() -> accounts.loadAccount(id)).isTaggable()).isTrue();

    as("marketing")
        .run(() -> tags.retag(RecordRef.account(id), version, List.of("Newsletter " + word)));
    assertThat(as("sales").call(() -> accounts.loadAccount(id)).getTags())
        .containsExactly("Newsletter " + word);

    long newer = as("sales").call(() -> accounts.loadAccount(id)).getVersion();
    assertThat(newer).isGreaterThan(version);
    assertThatThrownBy(
            () -> as("marketing").run(() -> tags.retag(RecordRef.account(id), version, List.of())))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("error.concurrentEdit");
    assertThatThrownBy(
            () -> as("service").run(() -> tags.retag(RecordRef.account(id), newer, List.of())))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(
            () -> as("sales2").run(() -> tags.retag(RecordRef.account(id), newer, List.of())))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("tag.notYours");
  }

  @Test
  void aMassUpdateChangesWhatTheUserMayAndNamesTheRest() throws Exception {
    String word = TestData.letterTag();
    long own1 = person("sales", "Eins" + word);
    long own2 = person("sales", "Zwei" + word);
    long foreign = person("sales2", "Fremd" + word);

    MassResult result =
        as("sales")
            .call(
                () ->
                    massUpdates.updateRecords(
                        RecordRef.Kind.CONTACT,
                        List.of(own1, own2, foreign),
                        new MassChange(List.of("Aktion " + word), List.of(), "manager")));
    assertThat(result.changed()).isEqualTo(2);
    assertThat(result.refused()).containsExactly("Fremd" + word);

    List<ContactRow> tagged =
        as("sales").call(() -> contacts.listContacts(tagged("aktion " + word), null)).rows();
    assertThat(tagged).extracting(ContactRow::id).containsExactlyInAnyOrder(own1, own2);
    assertThat(as("sales").call(() -> contacts.loadContact(own1)).getOwnerName())
        .isEqualTo("Markus Meier");
    assertThat(as("sales").call(() -> contacts.loadContact(foreign)).getOwnerName())
        .isEqualTo("Sabine Sommer");

    MassResult removed =
        as("marketing")
            .call(
                () ->
                    massUpdates.updateRecords(
                        RecordRef.Kind.CONTACT,
                        List.of(own1, foreign),
                        new MassChange(List.of(), List.of("AKTION " + word), null)));
    assertThat(removed.changed()).isEqualTo(2);
    assertThat(as("sales").call(() -> contacts.countContacts(tagged("aktion " + word), null)))
        .isEqualTo(1);
    assertThatThrownBy(
            () ->
                as("marketing")
                    .call(
                        () ->
                            massUpdates.updateRecords(
                                RecordRef.Kind.CONTACT,
                                List.of(own2),
                                new MassChange(List.of(), List.of(), "sales"))))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("mass.noHandOver");
  }

  /**
   * A change of everything a list's filter matches reaches every match, across pages and batches,
   * even when it takes the records out of the filter (removing the tag the list is filtered by).
   */
  @Test
  void aMassUpdateOfAWholeFilterReachesEveryMatchInBatches() throws Exception {
    String word = TestData.letterTag();
    int people = PageRequest.MAX_SIZE + 5;
    List<String> tagged = List.of("Altkunde " + word);
    for (int i = 0; i < people; i++) {
      ContactForm form = new ContactForm();
      form.setLastName("Sammel" + word + " " + i);
      form.setTags(tagged);
      as("sales").call(() -> contacts.createContact(form));
    }
    PageRequest list = new PageRequest(0, 50, null, true, null, Map.of("tag", "Altkunde " + word));
    assertThat(as("sales").call(() -> massUpdates.countMatching(RecordRef.Kind.CONTACT, list)))
        .isEqualTo((long) people);

    MassResult result =
        as("sales")
            .call(
                () ->
                    massUpdates.updateMatching(
                        RecordRef.Kind.CONTACT,
                        list,
                        new MassChange(
                            List.of("Bestandskunde " + word), List.of("Altkunde " + word), null)));

    assertThat(result.changed()).isEqualTo(people);
    assertThat(result.refused()).isEmpty();
    assertThat(as("sales").call(() -> contacts.countContacts(list, null))).isZero();
    PageRequest now =
        new PageRequest(0, 50, null, true, null, Map.of("tag", "Bestandskunde " + word));
    assertThat(as("sales").call(() -> contacts.countContacts(now, null))).isEqualTo((long) people);
  }
}
