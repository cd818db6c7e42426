package de.opencrm.application.tag;

import de.opencrm.application.common.CallerAccess;
import de.opencrm.application.common.Stamp;
import de.opencrm.domain.account.AccountRepository;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.contact.ContactRepository;
import de.opencrm.domain.tag.Tag;
import de.opencrm.domain.tag.TagNames;
import de.opencrm.domain.tag.TagRepository;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Loads the company or person a tag or mass change is for and tells who may change it. */
@ApplicationScoped
public class TaggedRecords {

  @Inject AccountRepository accounts;
  @Inject ContactRepository contacts;
  @Inject UserRepository users;
  @Inject TagRepository tags;

  /** The tags of the names a user entered, new ones created in their name. */
  public List<Tag> resolve(List<String> names, Stamp stamp) {
    return tags.resolve(TagNames.distinct(names), stamp.user(), stamp.at());
  }

  TaggedRecord load(RecordRef record) {
    return switch (record.kind()) {
      case ACCOUNT ->
          TaggedRecord.of(
              accounts
                  .findById(record.id())
                  .orElseThrow(() -> new BusinessException("account.notFound")));
      case CONTACT ->
          TaggedRecord.of(
              contacts
                  .findById(record.id())
                  .orElseThrow(() -> new BusinessException("contact.notFound")));
    };
  }

  /** Marketing tags every record; the others what they may edit. */
  boolean mayTag(SessionContext caller, TaggedRecord target) {
    return caller.isCallerInRole(Role.Names.MARKETING) || mayEdit(caller, target);
  }

  boolean mayEdit(SessionContext caller, TaggedRecord target) {
    return CallerAccess.mayEdit(
        caller, CallerAccess.caller(caller, users), target.owner(), target.team());
  }
}
