package de.opencrm.domain.knowledge;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which articles answer a ticket best: each word the two share counts by how rare it is among the
 * published articles (inverse document frequency), so "Drucker" and "Papierstau" outweigh "Problem"
 * and "Fehler" that many articles mention. A word in most articles tells nothing and is not looked
 * up at all.
 */
public final class ArticleRanking {

  /** A word in more than this share of the articles (once there are a few) tells nothing. */
  static final double COMMON_SHARE = 0.5;

  /** Below this many articles every shared word counts. */
  static final int FEW = 4;

  private ArticleRanking() {}

  /** The words worth looking up: those not in most of the {@code published} articles. */
  public static Set<String> tellingWords(Map<String, Long> articlesPerWord, long published) {
    return articlesPerWord.entrySet().stream()
        .filter(e -> published < FEW || e.getValue() <= published * COMMON_SHARE)
        .map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The article ids ordered by their shared words' weight, best first, at most {@code limit}; ties
   * by the lower id (the older article).
   */
  public static List<Long> rank(
      Map<Long, Set<String>> sharedWords,
      Map<String, Long> articlesPerWord,
      long published,
      int limit) {
    Comparator<Map.Entry<Long, Double>> best =
        Map.Entry.<Long, Double>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey());
    return sharedWords.entrySet().stream()
        .map(
            e ->
                Map.entry(
                    e.getKey(),
                    e.getValue().stream()
                        .mapToDouble(w -> weight(articlesPerWord.getOrDefault(w, 1L), published))
                        .sum()))
        .sorted(best)
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** How much sharing a word in {@code articles} of {@code published} articles says. */
  static double weight(long articles, long published) {
    return Math.log(1.0 + (double) Math.max(published, 1) / Math.max(articles, 1));
  }
}
