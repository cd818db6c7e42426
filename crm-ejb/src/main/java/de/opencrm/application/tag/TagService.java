package de.opencrm.application.tag;

import de.opencrm.application.common.Stamp;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.tag.TagRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Tags on companies and people. Marketing tags every record (that is how it builds its groups);
 * sales and managers tag what they may edit; administrators all. Everyone reads them.
 */
@Stateless
@RolesAllowed({
  Role.Names.SALES,
  Role.Names.MANAGER,
  Role.Names.SERVICE,
  Role.Names.MARKETING,
  Role.Names.ADMIN
})
public class TagService {

  private static final int SUGGESTIONS = 10;

  @Inject TagRepository tags;
  @Inject TaggedRecords records;
  @Resource SessionContext context;

  /** Existing tags containing the typed text, for the tag field to offer. */
  public List<String> suggestTags(String typed) {
    return tags.suggest(typed, SUGGESTIONS);
  }

  /** Gives the record exactly these tags, refused when it changed since the user loaded it. */
  @RolesAllowed({Role.Names.SALES, Role.Names.MANAGER, Role.Names.MARKETING, Role.Names.ADMIN})
  public void retag(@NotNull RecordRef record, long version, @NotNull List<String> names) {
    TaggedRecord target = records.load(record, context);
    target.entity().requireVersion(version);
    if (!records.mayTag(context, target)) {
      throw new BusinessException("tag.notYours", target.owner().getDisplayName());
    }
    Stamp stamp = Stamp.of(context);
    target.tags().retag(records.resolve(names, stamp));
    target.entity().recordModification(stamp.user(), stamp.at());
  }
}
