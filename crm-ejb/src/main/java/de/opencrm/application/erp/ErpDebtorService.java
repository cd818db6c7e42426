package de.opencrm.application.erp;

import de.opencrm.application.common.CompanyTime;
import de.opencrm.domain.account.Account;
import de.opencrm.domain.account.AccountRepository;
import de.opencrm.domain.account.Address;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.duplicate.DuplicateCandidates;
import de.opencrm.domain.duplicate.MatchReason;
import de.opencrm.domain.erp.CrmCompany;
import de.opencrm.domain.erp.DebtorMatch;
import de.opencrm.domain.erp.DebtorMatcher;
import de.opencrm.domain.erp.DebtorMirror;
import de.opencrm.domain.erp.ErpDebtor;
import de.opencrm.domain.erp.ErpDiscrepancy;
import de.opencrm.domain.erp.ErpDiscrepancyRepository;
import de.opencrm.domain.erp.ErpOwnership;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The debtors step of a run, a chunk at a time in the chunk's transaction: each debtor matched to
 * its company, the ERP's fields applied to it, and what does not fit recorded. A debtor delivered
 * again unchanged changes nothing, so the same file twice, or a run restarted after a crash, ends
 * where an uninterrupted run would.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.INTEGRATION})
@Permission(area = Area.ERP, operation = Operation.EDIT)
public class ErpDebtorService {

  /** Look-alike companies the duplicate matcher compares a debtor without other match with. */
  @Inject
  @ConfigProperty(name = "crm.erp.similar-candidates", defaultValue = "10")
  int similarCandidates;

  @Inject DebtorMirror mirror;
  @Inject AccountRepository accounts;
  @Inject ErpDiscrepancyRepository discrepancies;
  @Inject DuplicateCandidates candidates;
  @Inject CompanyTime time;

  private final DebtorMatcher matcher = new DebtorMatcher();

  /**
   * Applies a chunk of debtors: unchanged ones are only noted as delivered; the others are matched
   * to their company, the ERP's fields applied to it, and what does not fit recorded.
   */
  public int applyDebtors(long run, List<ErpDebtor> debtors) {
    Instant now = time.now();
    Map<String, ErpDebtor> byNumber = new LinkedHashMap<>();
    debtors.forEach(d -> byNumber.put(d.debtorNumber(), d));
    Map<String, DebtorMirror.DebtorRow> stored = mirror.debtors(byNumber.keySet());
    List<String> unchanged = new ArrayList<>();
    List<ErpDebtor> changed = new ArrayList<>();
    for (ErpDebtor debtor : byNumber.values()) {
      DebtorMirror.DebtorRow row = stored.get(debtor.debtorNumber());
      if (row != null && row.hash().equals(debtor.hash()) && row.accountId() != null) {
        unchanged.add(debtor.debtorNumber());
      } else {
        changed.add(debtor);
      }
    }
    mirror.seen(run, unchanged);
    if (changed.isEmpty()) {
      return 0;
    }
    Map<String, CrmCompany> companies =
        mirror.companiesByDebtorNumber(changed.stream().map(ErpDebtor::debtorNumber).toList());
    Map<String, List<CrmCompany>> byVat =
        mirror.companiesByVatId(
            changed.stream()
                .filter(d -> !companies.containsKey(d.debtorNumber()) && d.vatId() != null)
                .map(ErpDebtor::vatId)
                .collect(Collectors.toSet()));
    // decisions matter only to debtors no company carries the number of
    Decisions decisions =
        decisions(
            changed.stream()
                .map(ErpDebtor::debtorNumber)
                .filter(n -> !companies.containsKey(n))
                .toList());
    ErpFindings findings = new ErpFindings(discrepancies, run);
    List<ErpDebtor> inserts = new ArrayList<>();
    List<ErpDebtor> updates = new ArrayList<>();
    List<DebtorMatch> matches = new ArrayList<>();
    List<ErpOwnership.Plan> plans = new ArrayList<>();
    for (ErpDebtor debtor : changed) {
      DebtorMatch match = matcher.match(debtor, candidatesFor(debtor, companies, byVat, decisions));
      matches.add(match);
      plans.add(match.linked() ? ErpOwnership.plan(debtor, match.company()) : null);
    }
    loadCompaniesToChange(matches, plans);
    for (int i = 0; i < changed.size(); i++) {
      ErpDebtor debtor = changed.get(i);
      DebtorMatch match = matches.get(i);
      if (match.linked()) {
        apply(debtor, match, plans.get(i), findings);
      }
      record(debtor, match, stored.get(debtor.debtorNumber()), findings);
      (stored.containsKey(debtor.debtorNumber()) ? updates : inserts).add(debtor);
    }
    mirror.insertDebtors(run, inserts, now);
    mirror.updateDebtors(run, updates, now);
    findings.store();
    // the companies' changes last, still inside this call (a company another partition changed at
    // the same time fails here, as a retryable rollback of the chunk): writing them appends their
    // audit entries, which holds the audit chain for every other writer until the chunk commits
    accounts.flush();
    return changed.size();
  }

  /** What a debtor's match leaves to review: a proposal, an unknown debtor, or nothing now. */
  private static void record(
      ErpDebtor debtor, DebtorMatch match, DebtorMirror.DebtorRow stored, ErpFindings findings) {
    if (match.kind() == DebtorMatch.Kind.PROPOSED) {
      findings
          .add(
              ErpDiscrepancy.Kind.PROPOSED_MATCH,
              debtor.debtorNumber(),
              match.company().id(),
              null,
              debtor.name(),
              match.company().name())
          .scored(
              match.score(),
              match.reasons().stream().map(MatchReason::name).collect(Collectors.joining(",")));
    } else if (match.kind() == DebtorMatch.Kind.NONE) {
      findings.add(
          ErpDiscrepancy.Kind.UNKNOWN_DEBTOR,
          debtor.debtorNumber(),
          null,
          null,
          debtor.name(),
          null);
    } else if (stored != null && stored.accountId() == null) {
      // only a debtor stored without its company can have an open unknown or proposal entry
      findings.matched(debtor.debtorNumber());
    }
  }

  /**
   * Loads the companies that take a debtor number or the ERP's address in a few queries, so
   * applying a chunk does not fetch them one by one.
   */
  private void loadCompaniesToChange(List<DebtorMatch> matches, List<ErpOwnership.Plan> plans) {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < matches.size(); i++) {
      DebtorMatch match = matches.get(i);
      if (match.linked() && (match.links() || plans.get(i).addressChanges())) {
        ids.add(match.company().id());
      }
    }
    accounts.findAllById(ids);
  }

  private DebtorMatcher.Candidates candidatesFor(
      ErpDebtor debtor,
      Map<String, CrmCompany> companies,
      Map<String, List<CrmCompany>> byVat,
      Decisions decisions) {
    Optional<CrmCompany> byNumber = Optional.ofNullable(companies.get(debtor.debtorNumber()));
    Optional<CrmCompany> byCrmId =
        byNumber.isPresent() || debtor.crmId() == null ? Optional.empty() : company(debtor.crmId());
    Optional<CrmCompany> confirmed =
        byNumber.isPresent()
            ? Optional.empty()
            : Optional.ofNullable(decisions.confirmed.get(debtor.debtorNumber()))
                .flatMap(this::company);
    List<CrmCompany> sameVat =
        debtor.vatId() == null ? List.of() : byVat.getOrDefault(debtor.vatId(), List.of());
    List<CrmCompany> similar =
        byNumber.isPresent() || byCrmId.isPresent() || confirmed.isPresent() || !sameVat.isEmpty()
            ? List.of()
            : similarTo(debtor);
    return new DebtorMatcher.Candidates(
        byNumber,
        byCrmId,
        confirmed,
        sameVat,
        similar,
        decisions.rejected.getOrDefault(debtor.debtorNumber(), Set.of()));
  }

  private List<CrmCompany> similarTo(ErpDebtor debtor) {
    return candidates.companiesLike(debtor.facts(), similarCandidates).stream()
        .map(
            f ->
                new CrmCompany(
                    f.id(),
                    f.name(),
                    f.vatId(),
                    f.erpNumber(),
                    f.street(),
                    f.postalCode(),
                    f.city(),
                    null))
        .toList();
  }

  private Optional<CrmCompany> company(long accountId) {
    return accounts
        .findById(accountId)
        .filter(account -> !account.isMerged())
        .map(
            account -> {
              Address billing = account.getBillingAddress();
              return new CrmCompany(
                  account.getId(),
                  account.getName(),
                  account.getVatId(),
                  account.getErpDebtorNumber(),
                  billing.getStreet(),
                  billing.getPostalCode(),
                  billing.getCity(),
                  billing.getCountry());
            });
  }

  /**
   * Applies the ERP's fields to the debtor's company by its plan; a company linked now takes the
   * debtor's number, which is what links the mirrored debtor to it.
   */
  private void apply(
      ErpDebtor debtor, DebtorMatch match, ErpOwnership.Plan plan, ErpFindings findings) {
    CrmCompany company = match.company();
    if (match.links() || plan.addressChanges()) {
      Account account = accounts.findById(company.id()).orElseThrow();
      if (match.links()) {
        if (account.getErpDebtorNumber() != null
            && !account.getErpDebtorNumber().equals(debtor.debtorNumber())) {
          // another partition linked it between the match and this load: the chunk runs again
          // and matches on what is committed now
          throw new OptimisticLockException(null, null, account);
        }
        account.takeErpNumber(debtor.debtorNumber());
      }
      if (plan.addressChanges()) {
        Address billing = account.getBillingAddress();
        account.locate(
            new Address(
                plan.street(), plan.postalCode(), plan.city(), billing.getState(), plan.country()),
            account.getShippingAddress());
      }
    }
    for (ErpOwnership.Conflict conflict : plan.conflicts()) {
      findings.add(
          ErpDiscrepancy.Kind.CONFLICT,
          debtor.debtorNumber(),
          company.id(),
          conflict.field(),
          conflict.erpValue(),
          conflict.crmValue());
    }
  }

  /** The decisions people took on proposed matches of these debtors. */
  private record Decisions(Map<String, Long> confirmed, Map<String, Set<Long>> rejected) {}

  private Decisions decisions(List<String> debtorNumbers) {
    Map<String, Long> confirmed = new HashMap<>();
    Map<String, Set<Long>> rejected = new HashMap<>();
    for (ErpDiscrepancy d : discrepancies.decidedProposals(debtorNumbers)) {
      if (d.getStatus() == ErpDiscrepancy.Status.CONFIRMED) {
        confirmed.put(d.getDebtorNumber(), d.getAccountId());
      } else {
        rejected.computeIfAbsent(d.getDebtorNumber(), n -> new HashSet<>()).add(d.getAccountId());
      }
    }
    return new Decisions(confirmed, rejected);
  }
}
