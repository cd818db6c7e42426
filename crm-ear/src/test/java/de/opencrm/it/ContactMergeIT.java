package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.application.activity.ActivityForm;
import de.opencrm.application.activity.JournalService;
import de.opencrm.application.activity.TaskForm;
import de.opencrm.application.activity.TaskService;
import de.opencrm.application.contact.ContactForm;
import de.opencrm.application.contact.ContactService;
import de.opencrm.application.customfield.CustomEntry;
import de.opencrm.application.customfield.CustomFieldForm;
import de.opencrm.application.customfield.CustomFieldService;
import de.opencrm.application.duplicate.ContactMergeService;
import de.opencrm.application.privacy.ConsentForm;
import de.opencrm.application.privacy.ConsentService;
import de.opencrm.application.search.SearchService;
import de.opencrm.domain.activity.ActivityRow;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.customfield.CustomFieldType;
import de.opencrm.domain.duplicate.ContactField;
import de.opencrm.domain.privacy.ConsentChannel;
import de.opencrm.domain.privacy.ConsentPurpose;
import de.opencrm.domain.privacy.ConsentRow;
import de.opencrm.domain.privacy.ConsentSource;
import de.opencrm.domain.privacy.LegalBasis;
import de.opencrm.domain.search.SearchHit;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Merging two contacts on PostgreSQL: chosen values survive, journal entries and tasks move, the
 * duplicate leaves lists and search, and the merge can be undone exactly once.
 */
@ExtendWith(ArquillianExtension.class)
class ContactMergeIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(ContactMergeIT.class);
  }

  @Inject ContactMergeService merging;
  @Inject ContactService contacts;
  @Inject JournalService journal;
  @Inject TaskService tasks;
  @Inject SearchService search;
  @Inject CustomFieldService fields;
  @Inject ConsentService consents;

  private long person(As sales, String first, String last, String email) throws Exception {
    ContactForm form = new ContactForm();
    form.setFirstName(first);
    form.setLastName(last);
    form.setEmail(email);
    return sales.call(() -> contacts.createContact(form));
  }

  @Test
  void mergingMovesTheJournalAndTasksAndAnUndoBringsEverythingBack() throws Exception {
    As sales = As.user("sales", "demo");
    String tag = TestData.letterTag();
    long keep = person(sales, "Anna", "Meier" + tag, "anna." + tag + "@example.de");
    long dup = person(sales, "Anna", "Meyer" + tag, null);
    ContactForm dupForm = sales.call(() -> contacts.loadContact(dup));
    dupForm.setPhone("030 1234567");
    dupForm.setPosition("Einkauf");
    sales.run(() -> contacts.updateContact(dupForm));
    ActivityForm call = sales.call(() -> journal.newActivity(RecordRef.contact(dup)));
    call.setSubject("Anruf " + tag);
    call.setOccurredAt(LocalDateTime.of(2026, 11, 20, 10, 0));
    long callId = sales.call(() -> journal.logActivity(call));
    TaskForm task = sales.call(() -> tasks.newTask(RecordRef.contact(dup)));
    task.setSubject("Rückruf " + tag);
    long taskId = sales.call(() -> tasks.createTask(task));
    ActivityForm own = sales.call(() -> journal.newActivity(RecordRef.contact(keep)));
    own.setSubject("Eigener " + tag);
    own.setOccurredAt(LocalDateTime.of(2026, 11, 21, 10, 0));
    sales.call(() -> journal.logActivity(own));

    long keepVersion = sales.call(() -> contacts.loadContact(keep)).getVersion();
    long dupVersion = sales.call(() -> contacts.loadContact(dup)).getVersion();
    long mergeId =
        sales.call(
            () ->
                merging.mergeContacts(
                    keep,
                    keepVersion,
                    dup,
                    dupVersion,
                    EnumSet.of(ContactField.PHONE, ContactField.POSITION),
                    Set.of()));

    ContactForm merged = sales.call(() -> contacts.loadContact(keep));
    assertThat(merged.getLastName()).isEqualTo("Meier" + tag);
    assertThat(merged.getPhone()).isEqualTo("030 1234567");
    assertThat(merged.getPosition()).isEqualTo("Einkauf");
    assertThat(merged.getEmail()).isEqualTo("anna." + tag + "@example.de");
    assertThat(
            sales
                .call(() -> journal.timeline(RecordRef.contact(keep), PageRequest.of(0, 10)))
                .rows())
        .extracting(ActivityRow::subject)
        .containsExactly("Eigener " + tag, "Anruf " + tag);
    assertThat(
            sales
                .call(() -> tasks.openTasksAbout(RecordRef.contact(keep), PageRequest.of(0, 10)))
                .rows())
        .anySatisfy(t -> assertThat(t.id()).isEqualTo(taskId));
    ContactForm gone = sales.call(() -> contacts.loadContact(dup));
    assertThat(gone.getMergedIntoId()).isEqualTo(keep);
    assertThat(gone.isEditable()).isFalse();
    assertThat(sales.call(() -> search.search("meyer" + tag, 8)))
        .extracting(SearchHit::record)
        .containsExactly(RecordRef.contact(keep));
    assertThat(
            sales
                .call(() -> contacts.listContacts(new PageRequest(0, 50, null, true, tag), null))
                .rows())
        .extracting(r -> r.id() + " " + r.fullName())
        .containsExactly(keep + " Anna Meier" + tag);
    assertThat(sales.call(() -> merging.undoableMergeInto(keep)))
        .hasValueSatisfying(n -> assertThat(n.mergeId()).isEqualTo(mergeId));

    sales.run(() -> merging.undoMerge(mergeId));
    ContactForm restored = sales.call(() -> contacts.loadContact(keep));
    assertThat(restored.getPhone()).isNull();
    assertThat(restored.getPosition()).isNull();
    assertThat(sales.call(() -> contacts.loadContact(dup)).getMergedIntoId()).isNull();
    assertThat(
            sales
                .call(() -> journal.timeline(RecordRef.contact(dup), PageRequest.of(0, 10)))
                .rows())
        .extracting(ActivityRow::id)
        .containsExactly(callId);
    assertThat(
            sales
                .call(() -> tasks.openTasksAbout(RecordRef.contact(dup), PageRequest.of(0, 10)))
                .rows())
        .anySatisfy(t -> assertThat(t.id()).isEqualTo(taskId));
    assertThatThrownBy(() -> sales.run(() -> merging.undoMerge(mergeId)))
        .isInstanceOf(BusinessException.class);
    assertThat(sales.call(() -> merging.undoableMergeInto(keep))).isEmpty();
  }

  @Test
  void mergingCarriesTagsCustomValuesAndConsentsAndAnUndoTakesThemBack() throws Exception {
    As sales = As.user("sales", "demo");
    As admin = As.user("admin", "demo");
    String tag = TestData.letterTag();
    CustomFieldForm hobby = new CustomFieldForm();
    hobby.setRecordKind(RecordRef.Kind.CONTACT);
    hobby.setLabelDe("Hobby " + tag);
    hobby.setLabelEn("Hobby " + tag);
    hobby.setType(CustomFieldType.TEXT);
    long fieldId = admin.call(() -> fields.saveField(hobby));
    CustomFieldForm club = new CustomFieldForm();
    club.setRecordKind(RecordRef.Kind.CONTACT);
    club.setLabelDe("Verein " + tag);
    club.setLabelEn("Club " + tag);
    club.setType(CustomFieldType.TEXT);
    long clubId = admin.call(() -> fields.saveField(club));
    try {
      long keep = person(sales, "Jana", "Vogt" + tag, "jana." + tag + "@example.de");
      long dup = person(sales, "Jana", "Voigt" + tag, null);
      ContactForm keepForm = sales.call(() -> contacts.loadContact(keep));
      keepForm.setTags(List.of("Messe " + tag));
      entry(keepForm, clubId).setText("TSV Eiche");
      sales.run(() -> contacts.updateContact(keepForm));
      ContactForm dupForm = sales.call(() -> contacts.loadContact(dup));
      dupForm.setTags(List.of("Messe " + tag, "Newsletter " + tag));
      dupForm.getCustom().stream()
          .filter(e -> e.getField().id() == fieldId)
          .findFirst()
          .orElseThrow()
          .setText("Segeln");
      entry(dupForm, clubId).setText("SV Linde");
      sales.run(() -> contacts.updateContact(dupForm));
      ConsentForm consent = sales.call(() -> consents.newConsent(dup));
      consent.setPurpose(ConsentPurpose.NEWSLETTER);
      consent.setChannel(ConsentChannel.EMAIL);
      consent.setLegalBasis(LegalBasis.CONSENT);
      consent.setSource(ConsentSource.DOUBLE_OPT_IN);
      consent.setGivenAt(LocalDateTime.now().minusDays(2).withNano(0));
      consent.setProof("Anmeldung auf der Messe " + tag);
      long consentId = sales.call(() -> consents.recordConsent(consent));

      long keepVersion = sales.call(() -> contacts.loadContact(keep)).getVersion();
      long dupVersion = sales.call(() -> contacts.loadContact(dup)).getVersion();
      long mergeId =
          sales.call(
              () ->
                  merging.mergeContacts(
                      keep,
                      keepVersion,
                      dup,
                      dupVersion,
                      EnumSet.noneOf(ContactField.class),
                      Set.of(clubId)));

      ContactForm merged = sales.call(() -> contacts.loadContact(keep));
      assertThat(merged.getTags()).containsExactlyInAnyOrder("Messe " + tag, "Newsletter " + tag);
      assertThat(merged.getCustom())
          .filteredOn(e -> e.getField().id() == fieldId)
          .singleElement()
          .satisfies(e -> assertThat(e.getText()).isEqualTo("Segeln"));
      assertThat(entry(merged, clubId).getText()).isEqualTo("SV Linde");
      assertThat(sales.call(() -> consents.consentsOf(keep)))
          .extracting(ConsentRow::id)
          .containsExactly(consentId);

      sales.run(() -> merging.undoMerge(mergeId));
      ContactForm restored = sales.call(() -> contacts.loadContact(keep));
      assertThat(restored.getTags()).containsExactly("Messe " + tag);
      assertThat(restored.getCustom())
          .filteredOn(e -> e.getField().id() == fieldId)
          .singleElement()
          .satisfies(e -> assertThat(e.getText()).isNull());
      assertThat(entry(restored, clubId).getText()).isEqualTo("TSV Eiche");
      assertThat(entry(sales.call(() -> contacts.loadContact(dup)), clubId).getText())
          .isEqualTo("SV Linde");
      assertThat(sales.call(() -> consents.consentsOf(keep))).isEmpty();
      assertThat(sales.call(() -> consents.consentsOf(dup)))
          .extracting(ConsentRow::id)
          .containsExactly(consentId);
      assertThat(sales.call(() -> contacts.loadContact(dup)).getTags())
          .containsExactlyInAnyOrder("Messe " + tag, "Newsletter " + tag);
    } finally {
      for (long id : List.of(fieldId, clubId)) {
        admin.run(
            () -> {
              CustomFieldForm form = fields.loadField(id);
              form.setActive(false);
              fields.saveField(form);
            });
      }
    }
  }

  private static CustomEntry entry(ContactForm form, long fieldId) {
    return form.getCustom().stream()
        .filter(e -> e.getField().id() == fieldId)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anUndoAfterTheSurvivorChangedAndAMergeOfAStaleOrForeignContactAreRefused() throws Exception {
    As sales = As.user("sales", "demo");
    String tag = TestData.letterTag();
    long keep = person(sales, "Jörg", "Krüger" + tag, null);
    long dup = person(sales, "Jörg", "Krueger" + tag, null);
    long stale = sales.call(() -> contacts.loadContact(dup)).getVersion();
    long mergeId =
        sales.call(
            () ->
                merging.mergeContacts(
                    keep,
                    sales.call(() -> contacts.loadContact(keep)).getVersion(),
                    dup,
                    stale,
                    EnumSet.noneOf(ContactField.class),
                    Set.of()));
    ContactForm edit = sales.call(() -> contacts.loadContact(keep));
    edit.setPosition("Leitung");
    sales.run(() -> contacts.updateContact(edit));
    assertThatThrownBy(() -> sales.run(() -> merging.undoMerge(mergeId)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isIn("merge.changedSince", "error.concurrentEdit");
    assertThat(sales.call(() -> merging.undoableMergeInto(keep))).isEmpty();

    long third = person(sales, "Jörg", "Kröger" + tag, null);
    assertThatThrownBy(
            () ->
                sales.call(
                    () ->
                        merging.mergeContacts(
                            third,
                            sales.call(() -> contacts.loadContact(third)).getVersion(),
                            dup,
                            stale + 1,
                            EnumSet.noneOf(ContactField.class),
                            Set.of())))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("merge.alreadyMerged");

    As sales2 = As.user("sales2", "demo");
    assertThatThrownBy(
            () ->
                sales2.call(
                    () ->
                        merging.mergeContacts(
                            third,
                            sales2.call(() -> contacts.loadContact(third)).getVersion(),
                            keep,
                            sales2.call(() -> contacts.loadContact(keep)).getVersion(),
                            EnumSet.noneOf(ContactField.class),
                            Set.of())))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("contact.notYours");
  }
}
