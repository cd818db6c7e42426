package de.opencrm.application.tag;

import de.opencrm.application.common.Stamp;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.admin.UserOption;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.tag.Tag;
import de.opencrm.domain.tag.TagNames;
import de.opencrm.domain.tag.TagRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes the records selected in a list at once: adds and removes tags, hands them to another
 * owner. One transaction for the selection; records the user may not change are left as they are
 * and named in the result. Handing over is for sales, managers and administrators only.
 */
@Stateless
@RolesAllowed({Role.Names.SALES, Role.Names.MANAGER, Role.Names.MARKETING, Role.Names.ADMIN})
public class MassUpdateService {

  private static final int MAX_OWNERS = 500;

  @Inject TaggedRecords records;
  @Inject TagRepository tags;
  @Inject UserRepository users;
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
