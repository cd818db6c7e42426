package de.opencrm.domain.erp;

import de.opencrm.domain.duplicate.CompanyFacts;
import de.opencrm.domain.duplicate.DuplicateMatcher;
import de.opencrm.domain.duplicate.MatchResult;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the company of a debtor: by debtor number, then by the CRM's reference it carries back (a
 * customer the CRM sent as new), then by a confirmed match, then by VAT ID (only a company without
 * another debtor number, and only when exactly one has it), then the duplicate matcher on name and
 * address — which only ever proposes, for a person to confirm.
 */
public final class DebtorMatcher {

  private final DuplicateMatcher duplicates = new DuplicateMatcher();

  /** What the CRM holds that could be the debtor's company. */
  public record Candidates(
      Optional<CrmCompany> byNumber,
      Optional<CrmCompany> byCrmId,
      Optional<CrmCompany> confirmed,
      List<CrmCompany> byVatId,
      List<CrmCompany> similar,
      Set<Long> rejected) {}

  public DebtorMatch match(ErpDebtor debtor, Candidates candidates) {
    if (candidates.byNumber().isPresent()) {
      return DebtorMatch.of(DebtorMatch.Kind.DEBTOR_NUMBER, candidates.byNumber().get());
    }
    Optional<CrmCompany> sentByCrm = candidates.byCrmId().filter(DebtorMatcher::free);
    if (sentByCrm.isPresent()) {
      return DebtorMatch.of(DebtorMatch.Kind.CRM_ID, sentByCrm.get());
    }
    Optional<CrmCompany> confirmed = candidates.confirmed().filter(DebtorMatcher::free);
    if (confirmed.isPresent()) {
      return DebtorMatch.of(DebtorMatch.Kind.CONFIRMED, confirmed.get());
    }
    List<CrmCompany> sameVat =
        debtor.vatId() == null
            ? List.of()
            : candidates.byVatId().stream()
                .filter(DebtorMatcher::free)
                .filter(c -> !candidates.rejected().contains(c.id()))
                .toList();
    if (sameVat.size() == 1) {
      return DebtorMatch.of(DebtorMatch.Kind.VAT_ID, sameVat.get(0));
    }
    return proposal(debtor, sameVat.isEmpty() ? candidates.similar() : sameVat, candidates);
  }

  private Optional<DebtorMatch> best(
      ErpDebtor debtor, Collection<CrmCompany> companies, Set<Long> rejected) {
    CompanyFacts probe = debtor.facts();
    return companies.stream()
        .filter(DebtorMatcher::free)
        .filter(c -> !rejected.contains(c.id()))
        .map(
            c -> {
              MatchResult result = duplicates.compareCompanies(probe, c.facts());
              return new DebtorMatch(
                  DebtorMatch.Kind.PROPOSED, c, result.score(), result.reasons());
            })
        .filter(m -> m.score() >= MatchResult.POSSIBLE)
        .max(Comparator.comparingInt(DebtorMatch::score).thenComparing(m -> -m.company().id()));
  }

  private DebtorMatch proposal(
      ErpDebtor debtor, Collection<CrmCompany> companies, Candidates candidates) {
    return best(debtor, companies, candidates.rejected()).orElse(DebtorMatch.none());
  }

  /** A company that does not carry another debtor's number. */
  private static boolean free(CrmCompany company) {
    return company.debtorNumber() == null;
  }
}
