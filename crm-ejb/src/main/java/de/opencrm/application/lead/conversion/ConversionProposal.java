package de.opencrm.application.lead.conversion;

import de.opencrm.domain.duplicate.DuplicateHit;
import java.util.List;

/**
 * What converting a lead would do: the existing accounts and contacts that look like the lead's
 * company and person (the Contacts matcher's likely duplicates, best first), to reuse instead of
 * creating them again, and the name a new account would get (null: the lead named no company).
 */
public record ConversionProposal(
    List<DuplicateHit> accounts, List<DuplicateHit> contacts, String newAccountName) {

  public ConversionProposal {
    accounts = List.copyOf(accounts);
    contacts = List.copyOf(contacts);
  }
}
