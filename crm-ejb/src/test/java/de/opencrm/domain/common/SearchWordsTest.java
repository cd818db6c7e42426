package de.opencrm.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchWordsTest {

  @Test
  void cutsKeysIntoWordsPartsOfPunctuatedWordsAndMarkedSoundCodes() {
    String searchKey =
        SearchText.key(500, "Jürgen", "Müller", "j.mueller@rheinland-logistik.de", "D-10023");
    assertThat(SearchWords.of(searchKey, PhoneticKey.of("Jürgen", "Müller")))
        .contains(
            "juergen",
            "mueller",
            "j.mueller@rheinland-logistik.de",
            "j",
            "rheinland",
            "logistik",
            "de",
            "d-10023",
            "10023",
            "#657")
        .allMatch(w -> !w.isEmpty() && w.length() <= SearchWords.MAX_WORD);
  }

  @Test
  void refreshKeepsUnchangedWordsAndSwapsTheOthers() {
    Set<String> stored = new HashSet<>(SearchWords.of("anna schmidt koeln", null));
    SearchWords.refresh(stored, "anna schmidt bonn", null);
    assertThat(stored).containsExactlyInAnyOrder("anna", "schmidt", "bonn");
  }

  @Test
  void wordsStartingWithAPrefixLieBetweenItAndTheStringAfterIt() {
    assertThat(SearchWords.after("mueller")).isEqualTo("muelles");
    assertThat(SearchWords.after("#657")).isEqualTo("#658");
    String after = SearchWords.after("mue");
    assertThat("mueller").isGreaterThanOrEqualTo("mue").isLessThan(after);
    assertThat("muf").isGreaterThanOrEqualTo(after);
    assertThat("mue\uFFFD").isLessThan(after);
  }
}
