package de.opencrm.application.tag;

import de.opencrm.application.common.CallerAccess;
import de.opencrm.application.common.RecordScopes;
import de.opencrm.application.common.Stamp;
import de.opencrm.domain.account.AccountRepository;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.contact.Contact;
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
  @Inject RecordScopes scopes;

  /** The tags of the names a user entered, new ones created in their name. */
  public List<Tag> resolve(List<String> names, Stamp stamp) {
    return tags.resolve(TagNames.distinct(names), stamp.user(), stamp.at());
  }

  /**
   * The record, when the caller may see it (a record outside their visibility is "not found", as
   * everywhere); an erased person cannot be tagged.
   */
  TaggedRecord load(RecordRef record, SessionContext caller) {
    return switch (record.kind()) {
      case ACCOUNT ->
          TaggedRecord.of(
              scopes.visible(
                  caller,
                  accounts
                      .findById(record.id())
                      .orElseThrow(() -> new BusinessException("account.notFound"))));
      case CONTACT -> {
        Contact contact =
            scopes.visible(
                caller,
                contacts
                    .findById(record.id())
                    .orElseThrow(() -> new BusinessException("contact.notFound")));
        if (contact.isErased()) {
          throw new BusinessException("privacy.erased");
        }
        yield TaggedRecord.of(contact);
      }
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
