package de.opencrm.application.activity;

import de.opencrm.application.common.RecordScopes;
import de.opencrm.domain.account.AccountRepository;
import de.opencrm.domain.activity.AttachedToRecord;
import de.opencrm.domain.activity.JournalTarget;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.contact.ContactRepository;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Finds the customer record a journal entry or task is to be attached to. */
@ApplicationScoped
public class JournalTargets {

  @Inject AccountRepository accounts;
  @Inject ContactRepository contacts;

  @Inject RecordScopes scopes;

  /** The record, when the caller (whose session context this is) may see it. */
  public JournalTarget resolve(RecordRef record, SessionContext caller) {
    return switch (record.kind()) {
      case ACCOUNT ->
          JournalTarget.of(
              scopes.visible(
                  caller,
                  accounts
                      .findById(record.id())
                      .orElseThrow(() -> new BusinessException("account.notFound"))));
      case CONTACT ->
          JournalTarget.of(
              scopes.visible(
                  caller,
                  contacts
                      .findById(record.id())
                      .orElseThrow(() -> new BusinessException("contact.notFound"))));
    };
  }

  /**
   * Refuses a journal entry, task or document whose record the caller may not see, or that is
   * restricted.
   */
  public void requireVisible(AttachedToRecord attached, SessionContext caller) {
    if (attached.isRestricted()) {
      // kept only for its retention after the person's erasure (Art. 18 DSGVO)
      throw new BusinessException("privacy.restricted");
    }
    if (attached.getContact() != null) {
      scopes.visible(caller, attached.getContact());
    } else {
      scopes.visible(caller, attached.getAccount());
    }
  }
}
