package de.opencrm.infrastructure.persistence.privacy;

import de.opencrm.domain.activity.Activity;
import de.opencrm.domain.activity.AttachedToRecord;
import de.opencrm.domain.activity.Task;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.contact.Contact;
import de.opencrm.domain.document.Document;
import de.opencrm.domain.duplicate.MergeRecord;
import de.opencrm.domain.lead.Lead;
import de.opencrm.domain.opportunity.OpportunityContact;
import de.opencrm.domain.privacy.SubjectRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;

/**
 * Each query is served by the record's contact_id index (leads: by e-mail and converted contact).
 */
@ApplicationScoped
public class JpaSubjectRecords implements SubjectRecords {

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public List<Lead> leadsOf(Contact person) {
    List<String> emails =
        person.getEmails().stream()
            .map(e -> e.getAddress().strip().toLowerCase(Locale.ROOT))
            .toList();
    String byEmail = emails.isEmpty() ? "" : " OR l.person.email IN :emails";
    TypedQuery<Lead> query =
        em.createQuery(
            "SELECT l FROM Lead l WHERE l.convertedContactId = :contact"
                + byEmail
                + " ORDER BY l.id",
            Lead.class);
    query.setParameter("contact", person.getId());
    if (!emails.isEmpty()) {
      query.setParameter("emails", emails);
    }
    return query.getResultList();
  }

  @Override
  public List<OpportunityContact> buyingRolesOf(long contactId) {
    return em.createQuery(
            "SELECT b FROM OpportunityContact b JOIN FETCH b.opportunity"
                + " WHERE b.contact.id = :contact ORDER BY b.id",
            OpportunityContact.class)
        .setParameter("contact", contactId)
        .getResultList();
  }

  @Override
  public void delete(Lead lead) {
    em.remove(lead);
  }

  @Override
  public List<Activity> activitiesOf(long contactId) {
    return em.createQuery(
            "SELECT a FROM Activity a WHERE a.contact.id = :contact ORDER BY a.occurredAt, a.id",
            Activity.class)
        .setParameter("contact", contactId)
        .getResultList();
  }

  @Override
  public List<Task> tasksAbout(long contactId) {
    return em.createQuery(
            "SELECT t FROM Task t WHERE t.contact.id = :contact ORDER BY t.dueDate, t.id",
            Task.class)
        .setParameter("contact", contactId)
        .getResultList();
  }

  @Override
  public List<Document> documentsOf(long contactId) {
    return em.createQuery(
            "SELECT d FROM Document d WHERE d.contact.id = :contact ORDER BY d.createdAt, d.id",
            Document.class)
        .setParameter("contact", contactId)
        .getResultList();
  }

  @Override
  public List<Contact> mergedInto(long contactId) {
    return em.createQuery(
            "SELECT c FROM Contact c WHERE c.mergedInto.id = :contact ORDER BY c.id", Contact.class)
        .setParameter("contact", contactId)
        .getResultList();
  }

  @Override
  public void delete(AttachedToRecord record) {
    em.remove(record);
  }

  @Override
  public List<MergeRecord> mergesOf(long contactId) {
    return em.createQuery(
            "SELECT m FROM MergeRecord m WHERE m.kind = :kind"
                + " AND (m.survivorId = :contact OR m.mergedId = :contact)",
            MergeRecord.class)
        .setParameter("kind", RecordRef.Kind.CONTACT)
        .setParameter("contact", contactId)
        .getResultList();
  }

  @Override
  public void delete(MergeRecord merge) {
    em.remove(merge);
  }
}
