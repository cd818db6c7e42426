package de.opencrm.application.privacy;

import de.opencrm.application.audit.AuditJournal;
import de.opencrm.application.common.AfterTransaction;
import de.opencrm.application.common.CompanyTime;
import de.opencrm.application.common.Stamp;
import de.opencrm.domain.activity.Activity;
import de.opencrm.domain.activity.AttachedToRecord;
import de.opencrm.domain.activity.Task;
import de.opencrm.domain.audit.AuditAction;
import de.opencrm.domain.contact.Contact;
import de.opencrm.domain.document.Document;
import de.opencrm.domain.document.DocumentStore;
import de.opencrm.domain.duplicate.MergeRecord;
import de.opencrm.domain.lead.Lead;
import de.opencrm.domain.privacy.Consent;
import de.opencrm.domain.privacy.ConsentRepository;
import de.opencrm.domain.privacy.ErasurePlan;
import de.opencrm.domain.privacy.SubjectRecords;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * How a person is erased (Art. 17 DSGVO), whoever asks: on request through {@link ErasureService},
 * or when a retention rule found them inactive. Runs in the caller's transaction.
 */
@ApplicationScoped
public class SubjectErasure {

  private static final Logger LOG = Logger.getLogger(SubjectErasure.class.getName());

  @Inject ConsentRepository consents;
  @Inject SubjectRecords records;
  @Inject DocumentStore store;
  @Inject CompanyTime time;
  @Inject AuditJournal journal;
  @Resource TransactionSynchronizationRegistry transaction;

  /** What erasing the person (and the duplicates merged into them) would do now. */
  public ErasurePreview preview(Contact contact) {
    List<Contact> people = withDuplicates(contact);
    return preview(contact, plan(people), leadsOf(people).size(), people.size() - 1);
  }

  /** Erases the person as {@link #preview} says, and records it with its occasion. */
  public ErasurePreview erase(Contact contact, Stamp stamp, String reason) {
    List<Contact> people = withDuplicates(contact);
    ErasurePlan plan = plan(people);
    List<Lead> leads = leadsOf(people);
    ErasurePreview done = preview(contact, plan, leads.size(), people.size() - 1);
    // a lead is pre-contractual: no retention duty keeps it once the person asks
    for (Lead lead : leads) {
      lead.eraseForRetention();
      records.delete(lead);
    }
    plan.activitiesToDelete().forEach(this::delete);
    plan.tasksToDelete().forEach(this::delete);
    plan.documentsToDelete().forEach(this::deleteDocument);
    plan.activitiesToKeep().forEach(AttachedToRecord::restrictUntil);
    plan.documentsToKeep().forEach(AttachedToRecord::restrictUntil);
    plan.consentsToKeep().forEach((consent, until) -> keepAsProof(consent, until, stamp));
    for (Contact person : people) {
      for (MergeRecord merge : records.mergesOf(person.getId())) {
        merge.eraseWithPerson();
        records.delete(merge);
      }
      person.erase(stamp.at());
      person.recordModification(stamp.user(), stamp.at());
    }
    journal.recordPrivacyAction(
        AuditAction.ERASE, "Contact", contact.getId(), Contact.ERASED_NAME, summary(done, reason));
    return new ErasurePreview(
        done.contactId(),
        contact.getVersion(),
        Contact.ERASED_NAME,
        stamp.at(),
        done.journalDeleted(),
        done.tasksDeleted(),
        done.documentsDeleted(),
        done.leadsDeleted(),
        done.duplicatesErased(),
        done.kept());
  }

  /** Deletes a record whose retention ended; a document's file goes once that is committed. */
  public void deleteExpired(AttachedToRecord record) {
    if (record instanceof Document document) {
      deleteDocument(document);
    } else {
      delete(record);
    }
  }

  private ErasurePlan plan(List<Contact> people) {
    List<Activity> activities = new ArrayList<>();
    List<Task> tasks = new ArrayList<>();
    List<Document> documents = new ArrayList<>();
    List<Consent> personConsents = new ArrayList<>();
    for (Contact person : people) {
      activities.addAll(records.activitiesOf(person.getId()));
      tasks.addAll(records.tasksAbout(person.getId()));
      documents.addAll(records.documentsOf(person.getId()));
      personConsents.addAll(consents.ofContact(person.getId()));
    }
    return ErasurePlan.of(activities, tasks, documents, personConsents, time.now(), time.zone());
  }

  private List<Lead> leadsOf(List<Contact> people) {
    Set<Lead> leads = new LinkedHashSet<>();
    people.forEach(person -> leads.addAll(records.leadsOf(person)));
    return new ArrayList<>(leads);
  }

  private static ErasurePreview preview(
      Contact contact, ErasurePlan plan, int leads, int duplicates) {
    return new ErasurePreview(
        contact.getId(),
        contact.getVersion(),
        contact.auditLabel(),
        contact.getErasedAt(),
        plan.activitiesToDelete().size(),
        plan.tasksToDelete().size(),
        plan.documentsToDelete().size(),
        leads,
        duplicates,
        plan.kept().stream().map(ErasurePreview.Kept::of).toList());
  }

  private void delete(AttachedToRecord record) {
    record.eraseWithPerson();
    records.delete(record);
  }

  private void deleteDocument(Document document) {
    String key = document.getStorageKey();
    delete(document);
    AfterTransaction.onCommit(
        transaction,
        () -> {
          if (!store.delete(key)) {
            LOG.warning("the file " + key + " of an erased person's document was already gone");
          }
        });
  }

  private static void keepAsProof(Consent consent, LocalDate until, Stamp stamp) {
    if (consent.isActive()) {
      consent.withdraw(stamp.at(), "Art. 17 DSGVO");
    }
    consent.restrictUntil(until);
    consent.recordModification(stamp.user(), stamp.at());
  }

  private static Map<String, String> summary(ErasurePreview done, String reason) {
    Map<String, String> summary = new LinkedHashMap<>();
    summary.put("reason", reason.strip());
    summary.put("journalDeleted", String.valueOf(done.journalDeleted()));
    summary.put("tasksDeleted", String.valueOf(done.tasksDeleted()));
    summary.put("documentsDeleted", String.valueOf(done.documentsDeleted()));
    summary.put("leadsDeleted", String.valueOf(done.leadsDeleted()));
    summary.put("duplicatesErased", String.valueOf(done.duplicatesErased()));
    done.kept()
        .forEach(
            k ->
                summary.put(
                    k.kind() + "Kept",
                    k.count() + " until " + k.until() + " (" + k.provision() + ")"));
    return summary;
  }

  private List<Contact> withDuplicates(Contact contact) {
    List<Contact> people = new ArrayList<>();
    people.add(contact);
    people.addAll(records.mergedInto(contact.getId()));
    return people;
  }
}
