package de.opencrm.domain.erp;

import static de.opencrm.domain.erp.ErpTestRecords.company;
import static de.opencrm.domain.erp.ErpTestRecords.debtor;
import static de.opencrm.domain.erp.ErpTestRecords.germanVatId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The order a debtor finds its company in: debtor number, a confirmed proposal, the only free
 * company with its VAT ID, else a look-alike that is only ever proposed (and never again once
 * rejected).
 */
class DebtorMatcherTest {

  private final DebtorMatcher matcher = new DebtorMatcher();
  private final String vat = germanVatId("81234567");

  private static DebtorMatcher.Candidates candidates(
      CrmCompany byNumber,
      CrmCompany confirmed,
      List<CrmCompany> byVat,
      List<CrmCompany> similar,
      Set<Long> rejected) {
    return new DebtorMatcher.Candidates(
        Optional.ofNullable(byNumber),
        Optional.empty(),
        Optional.ofNullable(confirmed),
        byVat,
        similar,
        rejected);
  }

  @Test
  void theDebtorNumberWinsOverEverythingElse() {
    CrmCompany numbered = company(1, "Anders AG", null, "10001", null, null);
    CrmCompany sameVat = company(2, "Nordlicht GmbH", vat, null, null, null);
    DebtorMatch match =
        matcher.match(
            debtor("10001", "Nordlicht GmbH", vat, null, null),
            candidates(numbered, null, List.of(sameVat), List.of(), Set.of()));
    assertThat(match.kind()).isEqualTo(DebtorMatch.Kind.DEBTOR_NUMBER);
    assertThat(match.company().id()).isEqualTo(1);
    assertThat(match.linked()).isTrue();
    assertThat(match.links()).isFalse();
  }

  @Test
  void aCustomerTheCrmSentComesBackByItsReferenceAheadOfAnyVatOrLookAlike() {
    CrmCompany sent = company(9, "Neu Kunde", null, null, "Weg 1", "50667");
    CrmCompany sameVat = company(10, "Andere GmbH", vat, null, null, null);
    ErpDebtor debtor =
        new ErpDebtor(
            "10009", "Neukunde GmbH", null, vat, null, null, null, null, null, null, false, 9L);
    DebtorMatch match =
        matcher.match(
            debtor,
            new DebtorMatcher.Candidates(
                Optional.empty(),
                Optional.of(sent),
                Optional.empty(),
                List.of(sameVat),
                List.of(),
                Set.of()));
    assertThat(match.kind()).isEqualTo(DebtorMatch.Kind.CRM_ID);
    assertThat(match.company().id()).isEqualTo(9);
    assertThat(match.links()).isTrue();

    CrmCompany meanwhileNumbered = company(9, "Neu Kunde", null, "77777", null, null);
    assertThat(
            matcher
                .match(
                    debtor,
                    new DebtorMatcher.Candidates(
                        Optional.empty(),
                        Optional.of(meanwhileNumbered),
                        Optional.empty(),
                        List.of(sameVat),
                        List.of(),
                        Set.of()))
                .kind())
        .as("a company carrying another number is not taken; the VAT ID decides")
        .isEqualTo(DebtorMatch.Kind.VAT_ID);
  }

  @Test
  void aConfirmedProposalLinksUnlessTheCompanyTookAnotherNumberMeanwhile() {
    CrmCompany confirmed = company(3, "Nordlicht", null, null, null, null);
    DebtorMatch match =
        matcher.match(
            debtor("10002", "Nordlicht GmbH", null, null, null),
            candidates(null, confirmed, List.of(), List.of(), Set.of()));
    assertThat(match.kind()).isEqualTo(DebtorMatch.Kind.CONFIRMED);
    assertThat(match.links()).isTrue();

    CrmCompany taken = company(3, "Nordlicht", null, "99999", null, null);
    assertThat(
            matcher
                .match(
                    debtor("10002", "Nordlicht GmbH", null, null, null),
                    candidates(null, taken, List.of(), List.of(), Set.of()))
                .kind())
        .isEqualTo(DebtorMatch.Kind.NONE);
  }

  @Test
  void theVatIdLinksOnlyTheOneFreeCompanyCarryingIt() {
    CrmCompany free = company(4, "Beta Bau", vat, null, null, null);
    CrmCompany numbered = company(5, "Beta Bau Süd", vat, "20002", null, null);
    DebtorMatch match =
        matcher.match(
            debtor("10003", "Beta Hochbau AG", vat, null, null),
            candidates(null, null, List.of(free, numbered), List.of(), Set.of()));
    assertThat(match.kind()).isEqualTo(DebtorMatch.Kind.VAT_ID);
    assertThat(match.company().id()).isEqualTo(4);

    CrmCompany second = company(6, "Beta Bau Nord", vat, null, null, null);
    DebtorMatch two =
        matcher.match(
            debtor("10003", "Beta Bau", vat, null, null),
            candidates(null, null, List.of(free, second), List.of(), Set.of()));
    assertThat(two.kind())
        .as("two free companies share the VAT ID")
        .isEqualTo(DebtorMatch.Kind.PROPOSED);
    assertThat(two.company().id()).as("the closer name").isEqualTo(4);
    assertThat(two.linked()).isFalse();
  }

  @Test
  void aLookAlikeIsProposedNeverAppliedAndNotAgainOnceRejected() {
    CrmCompany lookAlike = company(7, "Gamma Logistik", null, null, "Hafenstraße 7", "50668");
    CrmCompany unrelated = company(8, "Zeta Software", null, null, "Ring 1", "10115");
    ErpDebtor debtor = debtor("10004", "Gamma Logistik GmbH", null, "Hafenstraße 7", "50668");
    DebtorMatch match =
        matcher.match(
            debtor, candidates(null, null, List.of(), List.of(unrelated, lookAlike), Set.of()));
    assertThat(match.kind()).isEqualTo(DebtorMatch.Kind.PROPOSED);
    assertThat(match.company().id()).isEqualTo(7);
    assertThat(match.score()).isGreaterThanOrEqualTo(55);
    assertThat(match.reasons()).isNotEmpty();
    assertThat(match.linked()).isFalse();

    assertThat(
            matcher
                .match(debtor, candidates(null, null, List.of(), List.of(lookAlike), Set.of(7L)))
                .kind())
        .isEqualTo(DebtorMatch.Kind.NONE);
    assertThat(
            matcher
                .match(debtor, candidates(null, null, List.of(), List.of(unrelated), Set.of()))
                .kind())
        .isEqualTo(DebtorMatch.Kind.NONE);
  }
}
