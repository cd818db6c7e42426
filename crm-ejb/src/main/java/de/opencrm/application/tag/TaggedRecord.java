package de.opencrm.application.tag;

import de.opencrm.domain.account.Account;
import de.opencrm.domain.admin.Team;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.contact.Contact;
import de.opencrm.domain.tag.Tagged;
import java.util.function.Consumer;

/** A company or person seen as what tags and mass updates change: its tags, owner and stamps. */
record TaggedRecord(
    AuditedEntity entity,
    Tagged tags,
    User owner,
    Team team,
    String name,
    Consumer<User> handOver) {

  static TaggedRecord of(Account account) {
    return new TaggedRecord(
        account,
        account,
        account.getOwner(),
        account.getTeam(),
        account.getName(),
        account::assignTo);
  }

  static TaggedRecord of(Contact contact) {
    return new TaggedRecord(
        contact,
        contact,
        contact.getOwner(),
        contact.getTeam(),
        contact.getLastName(),
        contact::assignTo);
  }
}
