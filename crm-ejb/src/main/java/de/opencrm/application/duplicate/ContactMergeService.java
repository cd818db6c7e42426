package de.opencrm.application.duplicate;

import de.opencrm.application.common.CallerAccess;
import de.opencrm.application.common.Stamp;
import de.opencrm.domain.account.Account;
import de.opencrm.domain.account.AccountRepository;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.contact.Contact;
import de.opencrm.domain.contact.ContactRepository;
import de.opencrm.domain.duplicate.ContactField;
import de.opencrm.domain.duplicate.ContactMerge;
import de.opencrm.domain.duplicate.MergeCarryOver;
import de.opencrm.domain.duplicate.MergeRecord;
import de.opencrm.domain.duplicate.MergeRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges a duplicate contact into the one that stays: the user picks each field's surviving value,
 * journal entries, tasks, documents, opportunities and consents move over, the tags and custom
 * values the survivor lacks are carried over, and the latest merge into a contact can be undone as
 * long as the survivor has not been changed since.
 */
@Permission(area = Area.CONTACTS, operation = Operation.EDIT)
@Stateless
@RolesAllowed({Role.Names.SALES, Role.Names.MANAGER, Role.Names.ADMIN})
public class ContactMergeService {

  @Inject ContactRepository contacts;
  @Inject AccountRepository accounts;
  @Inject MergeRepository merges;
  @Inject UserRepository users;
  @Resource SessionContext context;

  /**
   * Merges {@code duplicateId} into {@code survivorId}, each loaded at the version the user saw.
   */
  public long mergeContacts(
      long survivorId,
      long survivorVersion,
      long duplicateId,
      long duplicateVersion,
      @NotNull Set<ContactField> takeFromDuplicate,
      @NotNull Set<Long> customFromDuplicate) {
    if (survivorId == duplicateId) {
      throw new BusinessException("merge.sameRecord");
    }
    Contact survivor = changeable(survivorId, survivorVersion);
    Contact duplicate = changeable(duplicateId, duplicateVersion);
    Stamp stamp = Stamp.of(context);
    MergeRecord merge = new MergeRecord(RecordRef.Kind.CONTACT, survivorId, duplicateId);
    Map<ContactField, String> before =
        ContactMerge.merge(survivor, duplicate, takeFromDuplicate, this::account);
    MergeCarryOver.Carried carried = MergeCarryOver.carry(survivor, duplicate, customFromDuplicate);
    merge.replaced(before, carried.replaced());
    carried.gained().forEach(merge::moved);
    survivor.recordModification(stamp.user(), stamp.at());
    duplicate.recordModification(stamp.user(), stamp.at());
    merges.moveContactRows(duplicateId, survivorId).forEach(merge::moved);
    merge.recordCreation(stamp.user(), stamp.at());
    // the survivor is written exactly once (moving the rows may flush it early), one version up
    merge.survivorSavedAt(survivorVersion + 1);
    return merges.add(merge).getId();
  }

  /** The merge into this contact that may still be undone, if any. */
  public Optional<MergeNote> undoableMergeInto(long survivorId) {
    return merges
        .latestInto(RecordRef.contact(survivorId))
        .filter(m -> find(survivorId).getVersion() == m.getSurvivorVersion())
        .map(
            m ->
                new MergeNote(
                    m.getId(),
                    find(m.getMergedId()).getLastName(),
                    m.getCreatedBy(),
                    m.getCreatedAt()));
  }

  public void undoMerge(long mergeId) {
    MergeRecord merge =
        merges.findById(mergeId).orElseThrow(() -> new BusinessException("merge.notFound"));
    Contact survivor = changeable(merge.getSurvivorId(), merge.getSurvivorVersion());
    merge.requireUndoable(survivor.getVersion());
    Contact duplicate = find(merge.getMergedId());
    ContactMerge.undo(survivor, duplicate, merge.survivorBefore(ContactField.class), this::account);
    MergeCarryOver.takeBack(survivor, merge.getMoved(), merge.customBefore());
    merges.moveBack(List.copyOf(merge.getMoved()), duplicate.getId());
    Stamp stamp = Stamp.of(context);
    survivor.recordModification(stamp.user(), stamp.at());
    duplicate.recordModification(stamp.user(), stamp.at());
    merge.undo(stamp.user(), stamp.at());
  }

  /** A contact the caller may change, not merged, at the version they saw. */
  private Contact changeable(long id, long version) {
    Contact contact = find(id);
    if (contact.isMerged()) {
      throw new BusinessException("merge.alreadyMerged", contact.getLastName());
    }
    contact.requireVersion(version);
    if (!CallerAccess.mayEdit(
        context, CallerAccess.caller(context, users), contact.getOwner(), contact.getTeam())) {
      throw new BusinessException("contact.notYours", contact.getOwner().getDisplayName());
    }
    return contact;
  }

  private Contact find(long id) {
    return contacts.findById(id).orElseThrow(() -> new BusinessException("contact.notFound"));
  }

  private Account account(long id) {
    return accounts.findById(id).orElseThrow(() -> new BusinessException("account.notFound"));
  }
}
