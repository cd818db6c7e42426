package de.opencrm.application.tag;

import de.opencrm.application.common.RecordScopes;
import de.opencrm.application.common.Stamp;
import de.opencrm.domain.account.AccountRepository;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.RecordScope;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.admin.UserOption;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.contact.ContactRepository;
import de.opencrm.domain.tag.Tag;
import de.opencrm.domain.tag.TagNames;
import de.opencrm.domain.tag.TagRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes the records selected in a list at once: adds and removes tags, hands them to another
 * owner. One transaction for a page's selection; everything a list's filter matches is changed in
 * batches, each its own transaction. Records the user may not change are left as they are and named
 * in the result. Handing over is for sales, managers and administrators only.
 */
@Stateless
@RolesAllowed({Role.Names.SALES, Role.Names.MANAGER, Role.Names.MARKETING, Role.Names.ADMIN})
public class MassUpdateService {

  private static final int MAX_OWNERS = 500;

  /** The most records one change of a whole filter takes (a narrower filter, or several runs). */
  public static final int MAX_MATCHING = 50_000;

  private static final int IDS_AT_ONCE = 1_000;

  @Inject TaggedRecords records;
  @Inject TagRepository tags;
  @Inject UserRepository users;
  @Inject AccountRepository accounts;
  @Inject ContactRepository contacts;
  @Inject RecordScopes scopes;
  @Resource SessionContext context;

  /** Who records may be handed to: the active users. */
  public List<UserOption> owners() {
    return users.activeUsers(MAX_OWNERS);
  }

  public MassResult updateRecords(
      @NotNull RecordRef.Kind kind, @NotNull List<Long> ids, @NotNull MassChange change) {
    if (ids.isEmpty() || change.isEmpty()) {
      throw new BusinessException("mass.nothing");
    }
    if (ids.size() > PageRequest.MAX_SIZE) {
      throw new BusinessException("mass.tooMany", PageRequest.MAX_SIZE);
    }
    Stamp stamp = Stamp.of(context);
    List<Tag> added = records.resolve(change.addTags(), stamp);
    List<String> removed = change.removeTags().stream().map(TagNames::key).toList();
    User owner = change.newOwner() == null ? null : newOwner(change.newOwner());
    int changed = 0;
    List<String> refused = new ArrayList<>();
    for (long id : ids) {
      TaggedRecord target;
      try {
        target = records.load(new RecordRef(kind, id), context);
      } catch (BusinessException gone) {
        // deleted, erased or out of sight since the list was shown: refused without its name
        refused.add("#" + id);
        continue;
      }
      boolean allowed =
          owner == null ? records.mayTag(context, target) : records.mayEdit(context, target);
      if (!allowed) {
        refused.add(target.name());
        continue;
      }
      added.forEach(target.tags()::addTag);
      removed.forEach(target.tags()::removeTag);
      if (owner != null) {
        target.handOver().accept(owner);
      }
      target.entity().recordModification(stamp.user(), stamp.at());
      changed++;
    }
    return new MassResult(changed, refused);
  }

  /** How many records of the list the filter and criteria match now, for the confirmation. */
  public long countMatching(@NotNull RecordRef.Kind kind, @NotNull PageRequest request) {
    RecordScope scope = scope(kind);
    return kind == RecordRef.Kind.ACCOUNT
        ? accounts.count(request, scope)
        : contacts.count(request, null, scope);
  }

  /**
   * Applies the change to every record the list's filter and criteria match: their ids are taken
   * first (so a change that takes a record out of the filter loses none), then changed a page at a
   * time, each page in its own transaction.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public MassResult updateMatching(
      @NotNull RecordRef.Kind kind, @NotNull PageRequest request, @NotNull MassChange change) {
    if (change.isEmpty()) {
      throw new BusinessException("mass.nothing");
    }
    RecordScope scope = scope(kind);
    List<Long> ids = new ArrayList<>();
    List<Long> batch;
    do {
      long after = ids.isEmpty() ? 0 : ids.get(ids.size() - 1);
      batch =
          kind == RecordRef.Kind.ACCOUNT
              ? accounts.idsMatching(request, scope, after, IDS_AT_ONCE)
              : contacts.idsMatching(request, scope, after, IDS_AT_ONCE);
      ids.addAll(batch);
      if (ids.size() > MAX_MATCHING) {
        throw new BusinessException("mass.tooManyMatching", MAX_MATCHING);
      }
    } while (batch.size() == IDS_AT_ONCE);
    if (ids.isEmpty()) {
      throw new BusinessException("mass.nothingSelected");
    }
    MassUpdateService self = context.getBusinessObject(MassUpdateService.class);
    int changed = 0;
    List<String> refused = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += PageRequest.MAX_SIZE) {
      MassResult page =
          self.updateRecords(
              kind, ids.subList(i, Math.min(ids.size(), i + PageRequest.MAX_SIZE)), change);
      changed += page.changed();
      refused.addAll(page.refused());
    }
    return new MassResult(changed, refused);
  }

  private RecordScope scope(RecordRef.Kind kind) {
    return scopes.of(context, kind == RecordRef.Kind.ACCOUNT ? Area.ACCOUNTS : Area.CONTACTS);
  }

  private User newOwner(String username) {
    if (!context.isCallerInRole(Role.Names.SALES)
        && !context.isCallerInRole(Role.Names.MANAGER)
        && !context.isCallerInRole(Role.Names.ADMIN)) {
      throw new BusinessException("mass.noHandOver");
    }
    return users
        .findByUsername(username)
        .filter(User::isActive)
        .orElseThrow(() -> new BusinessException("user.notFound"));
  }
}
