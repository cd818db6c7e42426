package de.opencrm.application.activity;

import de.opencrm.domain.account.AccountRepository;
import de.opencrm.domain.activity.JournalTarget;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.contact.ContactRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Finds the customer record a journal entry or task is to be attached to. */
@ApplicationScoped
public class JournalTargets {

  @Inject AccountRepository accounts;
  @Inject ContactRepository contacts;

  public JournalTarget resolve(RecordRef record) {
    return switch (record.kind()) {
      case ACCOUNT ->
          JournalTarget.of(
              accounts
                  .findById(record.id())
                  .orElseThrow(() -> new BusinessException("account.notFound")));
      case CONTACT ->
          JournalTarget.of(
              contacts
                  .findById(record.id())
                  .orElseThrow(() -> new BusinessException("contact.notFound")));
    };
  }
}
