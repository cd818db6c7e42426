package de.opencrm.application.privacy;

import de.opencrm.application.audit.AuditJournal;
import de.opencrm.application.common.Stamp;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.RecordScope;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.audit.AuditAction;
import de.opencrm.domain.audit.AuditEntry;
import de.opencrm.domain.audit.AuditRepository;
import de.opencrm.domain.audit.AuditSearch;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.contact.Contact;
import de.opencrm.domain.contact.ContactRepository;
import de.opencrm.domain.customfield.CustomFieldRepository;
import de.opencrm.domain.privacy.ConsentRepository;
import de.opencrm.domain.privacy.SubjectRecords;
import de.opencrm.integration.disclosure.Disclosure;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Subject access (Art. 15 and 20 DSGVO) for the data protection officer and administrators: find
 * the person a request names, and collect everything the CRM stores about them. Each export is an
 * entry in the audit journal.
 */
@Permission(area = Area.PRIVACY, operation = Operation.READ)
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PRIVACY})
public class SubjectAccessService {

  private static final int HITS = 20;
  private static final int HISTORY_BATCH = 500;

  @Inject ContactRepository contacts;
  @Inject ConsentRepository consents;
  @Inject SubjectRecords records;
  @Inject CustomFieldRepository customFields;
  @Inject AuditRepository audit;
  @Inject AuditJournal journal;
  @Resource SessionContext context;

  /** People whose name, e-mail, phone or company contains the text; at least two characters. */
  public List<SubjectHit> findSubjects(@NotNull @Size(max = 100) String text) {
    if (text.strip().length() < 2) {
      return List.of();
    }
    return contacts
        .list(new PageRequest(0, HITS, "name", true, text), null, RecordScope.ALL)
        .rows()
        .stream()
        .map(r -> new SubjectHit(r.id(), r.fullName(), r.email(), r.accountName(), false, null))
        .toList();
  }

  public SubjectHit subject(long contactId) {
    Contact contact = find(contactId);
    return new SubjectHit(
        contact.getId(),
        contact.auditLabel(),
        contact.getEmail(),
        contact.getAccount() == null ? null : contact.getAccount().getName(),
        contact.isMerged(),
        contact.getErasedAt());
  }

  /** Everything stored about the person, recorded in the audit journal as disclosed. */
  @Permission(area = Area.PRIVACY, operation = Operation.EXPORT)
  public Disclosure disclose(long contactId) {
    Contact contact = find(contactId);
    List<AuditEntry> history = history(contact.getId());
    List<Disclosure.Section> sections =
        new SubjectDisclosure()
            .person(contact)
            .customFields(contact, customFields.forKind(RecordRef.Kind.CONTACT))
            .consents(consents.ofContact(contact.getId()))
            .activities(records.activitiesOf(contact.getId()))
            .tasks(records.tasksAbout(contact.getId()))
            .documents(records.documentsOf(contact.getId()))
            .leads(records.leadsOf(contact))
            .buyingRoles(records.buyingRolesOf(contact.getId()))
            .mergedDuplicates(records.mergedInto(contact.getId()))
            .history(history)
            .sections();
    Stamp stamp = Stamp.of(context);
    Map<String, String> covered = new LinkedHashMap<>();
    sections.forEach(s -> covered.put(s.key(), String.valueOf(s.records().size())));
    journal.recordPrivacyAction(
        AuditAction.DISCLOSE, "Contact", contact.getId(), contact.auditLabel(), covered);
    return new Disclosure(contact.auditLabel(), stamp.at(), stamp.user(), sections);
  }

  /** The person's audit entries, oldest first, read a batch at a time. */
  private List<AuditEntry> history(long contactId) {
    AuditSearch search = AuditSearch.ofRecord("Contact", contactId);
    long total = audit.count(search);
    List<AuditEntry> entries = new ArrayList<>();
    for (int first = 0; first < total; first += HISTORY_BATCH) {
      entries.addAll(audit.search(search, first, HISTORY_BATCH));
    }
    Collections.reverse(entries);
    return entries;
  }

  private Contact find(long id) {
    return contacts.findById(id).orElseThrow(() -> new BusinessException("contact.notFound"));
  }
}
