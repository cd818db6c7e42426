package de.opencrm.application.duplicate;

import de.opencrm.application.common.Stamp;
import de.opencrm.domain.account.Account;
import de.opencrm.domain.account.AccountRepository;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.contact.Contact;
import de.opencrm.domain.contact.ContactRepository;
import de.opencrm.domain.duplicate.CompanyFacts;
import de.opencrm.domain.duplicate.DuplicateCandidates;
import de.opencrm.domain.duplicate.DuplicateMatcher;
import de.opencrm.domain.duplicate.DuplicatePair;
import de.opencrm.domain.duplicate.DuplicatePairRepository;
import de.opencrm.domain.duplicate.DuplicatePairRow;
import de.opencrm.domain.duplicate.PersonFacts;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The duplicate scan over all companies and people: the duplicate-scan job walks the ids, scores
 * each record against its candidates and records the pairs worth a look (at least "possible");
 * sales, managers and administrators review the open pairs, merge them or dismiss them for good.
 * The scan methods are open to the job, which runs at night without a user.
 */
@Permission(area = Area.CONTACTS, operation = Operation.EDIT)
@Stateless
@RolesAllowed({Role.Names.SALES, Role.Names.MANAGER, Role.Names.ADMIN})
public class DuplicateScanService {

  private static final int CANDIDATES = 50;

  @Inject DuplicatePairRepository pairs;
  @Inject DuplicateCandidates candidates;
  @Inject ContactRepository contacts;
  @Inject AccountRepository accounts;
  @Resource SessionContext context;
  private final DuplicateMatcher matcher = new DuplicateMatcher();

  @PermitAll
  public List<Long> idsAfter(@NotNull RecordRef.Kind kind, long afterId, int limit) {
    return pairs.idsAfter(kind, afterId, limit);
  }

  /** The records alike to one, scored; nothing when it is gone or merged meanwhile. */
  @PermitAll
  public List<FoundPair> pairsFor(@NotNull RecordRef.Kind kind, long id) {
    return switch (kind) {
      case CONTACT ->
          contacts.findById(id).filter(c -> !c.isMerged()).map(this::pairsOf).orElse(List.of());
      case ACCOUNT -> accounts.findById(id).map(this::pairsOf).orElse(List.of());
    };
  }

  /** Keeps what the scan found; a pair someone dismissed stays dismissed. Returns new pairs. */
  @PermitAll
  public int recordPairs(@NotNull List<FoundPair> found) {
    Stamp stamp = Stamp.system();
    int added = 0;
    for (FoundPair pair : found) {
      DuplicatePair stored = pairs.find(pair.kind(), pair.oneId(), pair.otherId()).orElse(null);
      if (stored == null) {
        stored = new DuplicatePair(pair.kind(), pair.oneId(), pair.otherId());
        stored.recordCreation(stamp.user(), stamp.at());
        stored.found(pair.match(), stamp.at());
        pairs.add(stored);
        added++;
      } else if (stored.getStatus() == DuplicatePair.Status.OPEN) {
        stored.found(pair.match(), stamp.at());
        stored.recordModification(stamp.user(), stamp.at());
      }
    }
    return added;
  }

  public Page<DuplicatePairRow> openPairs(
      @NotNull RecordRef.Kind kind, @NotNull PageRequest request) {
    return pairs.open(kind, request);
  }

  /** The user says the two are different; the scan will not propose them again. */
  public void dismissPair(long id, long version) {
    DuplicatePair pair =
        pairs.findById(id).orElseThrow(() -> new BusinessException("duplicates.pairGone"));
    pair.requireVersion(version);
    pair.dismiss();
    Stamp stamp = Stamp.of(context);
    pair.recordModification(stamp.user(), stamp.at());
  }

  private List<FoundPair> pairsOf(Contact contact) {
    PersonFacts probe =
        new PersonFacts(
            contact.getId(),
            contact.getFirstName(),
            contact.getLastName(),
            contact.getEmail(),
            contact.getPhone(),
            contact.getAccount() == null ? null : contact.getAccount().getId());
    return candidates.peopleLike(probe, CANDIDATES).stream()
        .map(
            other ->
                new FoundPair(
                    RecordRef.Kind.CONTACT,
                    contact.getId(),
                    other.id(),
                    matcher.comparePeople(probe, other)))
        .filter(p -> p.match().isPossible())
        .toList();
  }

  private List<FoundPair> pairsOf(Account account) {
    CompanyFacts probe =
        new CompanyFacts(
            account.getId(),
            account.getName(),
            account.getVatId(),
            account.getErpDebtorNumber(),
            account.getBillingAddress().getStreet(),
            account.getBillingAddress().getPostalCode(),
            account.getBillingAddress().getCity(),
            account.getWebsite());
    return candidates.companiesLike(probe, CANDIDATES).stream()
        .map(
            other ->
                new FoundPair(
                    RecordRef.Kind.ACCOUNT,
                    account.getId(),
                    other.id(),
                    matcher.compareCompanies(probe, other)))
        .filter(p -> p.match().isPossible())
        .toList();
  }
}
