package de.opencrm.domain.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleRankingTest {

  @Test
  void aRareSharedWordOutweighsSeveralCommonOnes() {
    Map<String, Long> perWord =
        Map.of("papierstau", 1L, "drucker", 2L, "fehler", 9L, "problem", 10L);
    Map<Long, Set<String>> shared =
        Map.of(
            1L, Set.of("fehler", "problem"),
            2L, Set.of("papierstau"),
            3L, Set.of("drucker", "papierstau"));
    assertThat(ArticleRanking.rank(shared, perWord, 20, 10)).containsExactly(3L, 2L, 1L);
    assertThat(ArticleRanking.rank(shared, perWord, 20, 2)).containsExactly(3L, 2L);
  }

  @Test
  void equalWeightsKeepTheOlderArticleFirst() {
    Map<Long, Set<String>> shared = Map.of(7L, Set.of("vpn"), 5L, Set.of("vpn"));
    assertThat(ArticleRanking.rank(shared, Map.of("vpn", 2L), 10, 5)).containsExactly(5L, 7L);
    assertThat(ArticleRanking.rank(Map.of(), Map.of(), 10, 5)).isEmpty();
  }

  @Test
  void wordsInMostArticlesAreNotLookedUp() {
    Map<String, Long> perWord = Map.of("kunde", 60L, "rechnung", 50L, "mahnung", 3L);
    assertThat(ArticleRanking.tellingWords(perWord, 100))
        .containsExactlyInAnyOrder("rechnung", "mahnung");
    assertThat(ArticleRanking.tellingWords(Map.of("kunde", 2L), 2)).containsExactly("kunde");
  }
}
