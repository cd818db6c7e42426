package de.opencrm.application.contact;

import de.opencrm.application.common.Stamp;
import de.opencrm.domain.account.Account;
import de.opencrm.domain.account.AccountRepository;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.duplicate.CompanyFacts;
import de.opencrm.domain.duplicate.DuplicateCandidates;
import de.opencrm.domain.duplicate.DuplicateMatcher;
import de.opencrm.domain.duplicate.MatchReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The company an imported person works for, named as a file names it: an existing company with the
 * same name (legal form aside, "Müller GmbH" = "Mueller"), else a new one owned by the importer.
 */
@ApplicationScoped
public class CompanyByName {

  @Inject AccountRepository accounts;
  @Inject DuplicateCandidates companies;

  /** The company's id and whether it was created for this. */
  public record Found(long id, boolean created) {}

  public Found findOrCreate(String name, User importer, Stamp stamp) {
    CompanyFacts probe = new CompanyFacts(null, name, null, null, null, null, null, null);
    DuplicateMatcher matcher = new DuplicateMatcher();
    return companies.companiesLike(probe, 20).stream()
        .filter(c -> matcher.compareCompanies(probe, c).reasons().contains(MatchReason.SAME_NAME))
        .map(c -> new Found(c.id(), false))
        .findFirst()
        .orElseGet(
            () -> {
              Account account = new Account(name, importer);
              account.recordCreation(stamp.user(), stamp.at());
              return new Found(accounts.add(account).getId(), true);
            });
  }
}
