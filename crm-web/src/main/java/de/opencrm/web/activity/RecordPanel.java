package de.opencrm.web.activity;

import de.opencrm.domain.common.RecordRef;
import java.io.Serializable;

/**
 * A part of the account or contact page that shows what hangs off the record: the page sets which
 * record through {@code accountId} or {@code contactId}.
 */
public abstract class RecordPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  private RecordRef record;

  protected RecordRef record() {
    return record;
  }

  public Long getAccountId() {
    return record == null ? null : record.id();
  }

  public void setAccountId(Long id) {
    record = id == null ? null : RecordRef.account(id);
  }

  public Long getContactId() {
    return record == null ? null : record.id();
  }

  public void setContactId(Long id) {
    record = id == null ? null : RecordRef.contact(id);
  }

  /** Whether the panel is on a company's page (and so also lists what hangs off its people). */
  public boolean isOnAccount() {
    return record != null && record.kind() == RecordRef.Kind.ACCOUNT;
  }
}
