package de.opencrm.domain.activity;

import de.opencrm.domain.account.Account;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.contact.Contact;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * What hangs off a customer record — a journal entry, a task, a document: the company and, when it
 * is about a person, the person too (so the company's page shows it as well).
 */
@MappedSuperclass
public abstract class AttachedToRecord extends AuditedEntity {

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id")
  private Account account;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "contact_id")
  private Contact contact;

  protected AttachedToRecord() {}

  protected AttachedToRecord(JournalTarget target) {
    this.account = target.account();
    this.contact = target.contact();
  }

  public Account getAccount() {
    return account;
  }

  public Contact getContact() {
    return contact;
  }
}
