package de.opencrm.domain.activity;

import de.opencrm.domain.account.Account;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.contact.Contact;

/**
 * The customer record a journal entry or task belongs to: a contact (and then also the contact's
 * company, so the company's timeline shows what happened with its people), or a company alone.
 */
public record JournalTarget(Account account, Contact contact) {

  public JournalTarget {
    if (account == null && contact == null) {
      throw new IllegalArgumentException("a journal entry needs an account or a contact");
    }
  }

  public static JournalTarget of(Contact contact) {
    return new JournalTarget(contact.getAccount(), contact);
  }

  public static JournalTarget of(Account account) {
    return new JournalTarget(account, null);
  }

  /** The record an entry or task is about: the person when there is one, else the company. */
  public RecordRef about() {
    return contact != null
        ? RecordRef.contact(contact.getId())
        : RecordRef.account(account.getId());
  }
}
