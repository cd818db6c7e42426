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
import de.opencrm.domain.contact.ContactRepository;
import de.opencrm.domain.duplicate.AccountField;
import de.opencrm.domain.duplicate.AccountMerge;
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
 * Merges a duplicate company into the one that stays: the user picks each field's surviving value;
 * its people, journal entries, tasks, documents and subsidiaries move over; the latest merge into a
 * company can be undone as long as the survivor has not been changed since.
 */
@Permission(area = Area.ACCOUNTS, operation = Operation.EDIT)
@Stateless
@RolesAllowed({Role.Names.SALES, Role.Names.MANAGER, Role.Names.ADMIN})
public class AccountMergeService {

  @Inject AccountRepository accounts;
  @Inject ContactRepository contacts;
  @Inject MergeRepository merges;
  @Inject UserRepository users;
  @Resource SessionContext context;

  /** Merges {@code duplicateId} into {@code survivorId}, each at the version the user saw. */
  public long mergeAccounts(
      long survivorId,
      long survivorVersion,
      long duplicateId,
      long duplicateVersion,
      @NotNull Set<AccountField> takeFromDuplicate,
      @NotNull Set<Long> customFromDuplicate) {
    if (survivorId == duplicateId) {
      throw new BusinessException("merge.sameRecord");
    }
    Account survivor = changeable(survivorId, survivorVersion);
    Account duplicate = changeable(duplicateId, duplicateVersion);
    Stamp stamp = Stamp.of(context);
    MergeRecord merge = new MergeRecord(RecordRef.Kind.ACCOUNT, survivorId, duplicateId);
    String erp = duplicate.getErpDebtorNumber();
    if (takeFromDuplicate.contains(AccountField.ERP_NUMBER) && erp != null) {
      // only one company holds an ERP number: the duplicate lets go of it first
      duplicate.releaseErpNumber();
      accounts.flush();
      duplicate.reclaimErpNumber(erp);
    }
    Map<AccountField, String> before =
        AccountMerge.merge(survivor, duplicate, takeFromDuplicate, this::find);
    MergeCarryOver.Carried carried = MergeCarryOver.carry(survivor, duplicate, customFromDuplicate);
    merge.replaced(before, carried.replaced());
    carried.gained().forEach(merge::moved);
    if (takeFromDuplicate.contains(AccountField.ERP_NUMBER) && erp != null) {
      duplicate.releaseErpNumber();
    }
    survivor.recordModification(stamp.user(), stamp.at());
    duplicate.recordModification(stamp.user(), stamp.at());
    merges.moveAccountRows(duplicateId, survivorId).forEach(merge::moved);
    // the people who moved are found by their new company's name
    contacts.reindexPeopleOf(survivorId);
    merge.recordCreation(stamp.user(), stamp.at());
    // the survivor is written exactly once (moving the rows may flush it early), one version up
    merge.survivorSavedAt(survivorVersion + 1);
    return merges.add(merge).getId();
  }

  /** The merge into this company that may still be undone, if any. */
  public Optional<MergeNote> undoableMergeInto(long survivorId) {
    return merges
        .latestInto(RecordRef.account(survivorId))
        .filter(m -> find(survivorId).getVersion() == m.getSurvivorVersion())
        .map(
            m ->
                new MergeNote(
                    m.getId(),
                    find(m.getMergedId()).fullName(),
                    m.getCreatedBy(),
                    m.getCreatedAt()));
  }

  public void undoMerge(long mergeId) {
    MergeRecord merge =
        merges
            .findById(mergeId)
            .filter(m -> m.getKind() == RecordRef.Kind.ACCOUNT)
            .orElseThrow(() -> new BusinessException("merge.notFound"));
    Account survivor = changeable(merge.getSurvivorId(), merge.getSurvivorVersion());
    merge.requireUndoable(survivor.getVersion());
    Account duplicate = find(merge.getMergedId());
    Map<AccountField, String> before = merge.survivorBefore(AccountField.class);
    // the ERP number the survivor took goes back to the duplicate once the survivor let go of it
    String erp =
        before.containsKey(AccountField.ERP_NUMBER) && duplicate.getErpDebtorNumber() == null
            ? survivor.getErpDebtorNumber()
            : null;
    AccountMerge.undo(survivor, duplicate, before, this::find);
    MergeCarryOver.takeBack(survivor, merge.getMoved(), merge.customBefore());
    if (erp != null) {
      accounts.flush();
      duplicate.reclaimErpNumber(erp);
    }
    merges.moveBackToAccount(List.copyOf(merge.getMoved()), duplicate.getId());
    contacts.reindexPeopleOf(duplicate.getId());
    Stamp stamp = Stamp.of(context);
    survivor.recordModification(stamp.user(), stamp.at());
    duplicate.recordModification(stamp.user(), stamp.at());
    merge.undo(stamp.user(), stamp.at());
  }

  /** A company the caller may change, not merged, at the version they saw. */
  private Account changeable(long id, long version) {
    Account account = find(id);
    if (account.isMerged()) {
      throw new BusinessException("merge.alreadyMerged", account.getName());
    }
    account.requireVersion(version);
    if (!CallerAccess.mayEdit(
        context, CallerAccess.caller(context, users), account.getOwner(), account.getTeam())) {
      throw new BusinessException("account.notYours", account.getOwner().getDisplayName());
    }
    return account;
  }

  private Account find(long id) {
    return accounts.findById(id).orElseThrow(() -> new BusinessException("account.notFound"));
  }
}
