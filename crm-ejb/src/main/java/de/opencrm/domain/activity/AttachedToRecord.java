package de.opencrm.domain.activity;

import de.opencrm.domain.account.Account;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.Erasable;
import de.opencrm.domain.contact.Contact;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import java.time.LocalDate;

/**
 * What hangs off a customer record — a journal entry, a task, a document: the company and, when it
 * is about a person, the person too (so the company's page shows it as well).
 */
@MappedSuperclass
public abstract class AttachedToRecord extends AuditedEntity implements Erasable {

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id")
  private Account account;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "contact_id")
  private Contact contact;

  /**
   * Kept only because the law says so, after the person asked for erasure: hidden from everyday
   * work (Art. 18 DSGVO) until this day, deleted after it.
   */
  @Column(name = "restricted_until")
  private LocalDate restrictedUntil;

  /** Set while the record is deleted with its person's erasure; never stored. */
  @Transient private boolean erased;

  protected AttachedToRecord() {}

  protected AttachedToRecord(JournalTarget target) {
    this.account = target.account();
    this.contact = target.contact();
  }

  /** Keeps the record, restricted, until the day its retention ends. */
  public void restrictUntil(LocalDate lastDay) {
    this.restrictedUntil = lastDay;
  }

  /** Marks the record as going with its person's erasure, before it is deleted. */
  public void eraseWithPerson() {
    this.erased = true;
  }

  @Override
  public boolean isErased() {
    return erased;
  }

  public boolean isRestricted() {
    return restrictedUntil != null;
  }

  public LocalDate getRestrictedUntil() {
    return restrictedUntil;
  }

  public Account getAccount() {
    return account;
  }

  public Contact getContact() {
    return contact;
  }
}
