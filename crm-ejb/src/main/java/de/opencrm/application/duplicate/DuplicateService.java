package de.opencrm.application.duplicate;

import de.opencrm.application.account.AccountForm;
import de.opencrm.application.contact.ContactForm;
import de.opencrm.domain.account.VatId;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.common.Texts;
import de.opencrm.domain.contact.PhoneNumber;
import de.opencrm.domain.duplicate.CompanyFacts;
import de.opencrm.domain.duplicate.DuplicateCandidates;
import de.opencrm.domain.duplicate.DuplicateHit;
import de.opencrm.domain.duplicate.DuplicateMatcher;
import de.opencrm.domain.duplicate.PersonFacts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Likely duplicates of a company or person being entered, shown before it is saved: candidates from
 * the database, scored by the German-aware matcher, the likeliest first.
 */
@Permission(area = Area.CONTACTS, operation = Operation.EDIT)
@Stateless
@RolesAllowed({Role.Names.SALES, Role.Names.MANAGER, Role.Names.ADMIN})
public class DuplicateService {

  /** Candidates scored per check; identifiers and sound narrow them down well before that. */
  private static final int CANDIDATES = 50;

  /** Shown at most; more would not be read. */
  private static final int SHOWN = 5;

  @Inject DuplicateCandidates candidates;
  private final DuplicateMatcher matcher = new DuplicateMatcher();

  public List<DuplicateHit> likelyDuplicatesOf(@NotNull AccountForm form) {
    CompanyFacts probe =
        new CompanyFacts(
            form.getId(),
            form.getName(),
            VatId.parse(form.getVatId()).map(VatId::value).orElse(null),
            Texts.trimToNull(form.getErpDebtorNumber()),
            form.getStreet(),
            Texts.trimToNull(form.getPostalCode()),
            form.getCity(),
            form.getWebsite());
    return likeliest(
        candidates.companiesLike(probe, CANDIDATES).stream()
            .map(
                c ->
                    new DuplicateHit(
                        RecordRef.account(c.id()),
                        c.name(),
                        Stream.of(c.street(), c.postalCode(), c.city())
                            .filter(part -> part != null && !part.isBlank())
                            .collect(Collectors.joining(", ")),
                        matcher.compareCompanies(probe, c))));
  }

  public List<DuplicateHit> likelyDuplicatesOf(@NotNull ContactForm form) {
    PersonFacts probe =
        new PersonFacts(
            form.getId(),
            form.getFirstName(),
            form.getLastName(),
            Texts.trimToNull(form.getEmail()),
            PhoneNumber.parse(form.getPhone(), "DE").map(PhoneNumber::e164).orElse(null),
            form.getAccountId());
    return likeliest(
        candidates.peopleLike(probe, CANDIDATES).stream()
            .map(
                p ->
                    new DuplicateHit(
                        RecordRef.contact(p.id()),
                        p.firstName() == null ? p.lastName() : p.firstName() + " " + p.lastName(),
                        p.email(),
                        matcher.comparePeople(probe, p))));
  }

  private static List<DuplicateHit> likeliest(Stream<DuplicateHit> hits) {
    return hits.filter(h -> h.match().isLikely())
        .sorted(Comparator.comparingInt((DuplicateHit h) -> -h.match().score()))
        .limit(SHOWN)
        .toList();
  }
}
