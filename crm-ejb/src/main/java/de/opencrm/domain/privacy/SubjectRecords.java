package de.opencrm.domain.privacy;

import de.opencrm.domain.activity.Activity;
import de.opencrm.domain.activity.AttachedToRecord;
import de.opencrm.domain.activity.Task;
import de.opencrm.domain.contact.Contact;
import de.opencrm.domain.document.Document;
import de.opencrm.domain.duplicate.MergeRecord;
import de.opencrm.domain.lead.Lead;
import de.opencrm.domain.opportunity.OpportunityContact;
import java.util.List;

/**
 * What hangs off one person, for a subject access request: a person's records are a few hundred at
 * most, so each comes as a list, oldest first.
 */
public interface SubjectRecords {

  List<Activity> activitiesOf(long contactId);

  List<Task> tasksAbout(long contactId);

  List<Document> documentsOf(long contactId);

  /** Duplicates that were merged into the person and still hold what they held. */
  List<Contact> mergedInto(long contactId);

  /** The undo records of merges the person took part in: they hold the data as it was. */
  List<MergeRecord> mergesOf(long contactId);

  /**
   * The leads the person was or still is: the one converted into them, and any with one of their
   * e-mail addresses.
   */
  List<Lead> leadsOf(Contact person);

  /** The opportunities the person has a buying role in, oldest first. */
  List<OpportunityContact> buyingRolesOf(long contactId);

  /** Deletes a lead that goes with the person's erasure. */
  void delete(Lead lead);

  /** Deletes a journal entry, task or document that goes with the person's erasure. */
  void delete(AttachedToRecord record);

  void delete(MergeRecord merge);
}
