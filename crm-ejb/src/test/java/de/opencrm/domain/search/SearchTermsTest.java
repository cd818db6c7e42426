package de.opencrm.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.domain.common.PhoneticKey;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

  @Test
  void wordsAreFoldedAndLongOnesAlsoMatchBySound() {
    SearchTerms terms = SearchTerms.parse("  Anna  Müller ").orElseThrow();
    assertThat(terms.words())
        .extracting(SearchTerms.Word::folded)
        .containsExactly("anna", "mueller");
    assertThat(terms.words().get(0).soundCode()).isEqualTo(PhoneticKey.code("anna"));
    assertThat(terms.words().get(1).soundCode()).isEqualTo("657");
    assertThat(terms.hasSoundCodes()).isTrue();
    assertThat(terms.phoneE164()).isEmpty();
  }

  @Test
  void shortWordsAndNumbersMatchLiterallyOnly() {
    SearchTerms terms = SearchTerms.parse("Me D-10001").orElseThrow();
    assertThat(terms.words()).allSatisfy(w -> assertThat(w.soundCode()).isNull());
    assertThat(terms.hasSoundCodes()).isFalse();
    assertThat(SearchTerms.parse("Hohe Straße").orElseThrow().words())
        .extracting(SearchTerms.Word::folded)
        .containsExactly("hohe", "strasse");
  }

  @Test
  void aPhoneNumberInAnyNotationIsLookedForAsE164() {
    assertThat(SearchTerms.parse("0221 / 98 76 54 3").orElseThrow().phoneE164())
        .contains("+492219876543");
    assertThat(SearchTerms.parse("0049 221 9876543").orElseThrow().phoneE164())
        .contains("+492219876543");
    assertThat(SearchTerms.parse("   ")).isEmpty();
    assertThat(SearchTerms.parse(null)).isEmpty();
  }

  @Test
  void aNameSpeltCloserToWhatWasTypedRanksHigher() {
    SearchTerms typo = SearchTerms.parse("mueler").orElseThrow();
    assertThat(typo.closeness("Müller Maschinenbau"))
        .isGreaterThan(typo.closeness("Möller Transporte"));
    assertThat(SearchTerms.parse("Müller").orElseThrow().closeness("Mueller")).isEqualTo(1.0);
    assertThat(typo.closeness(null)).isZero();
  }
}
