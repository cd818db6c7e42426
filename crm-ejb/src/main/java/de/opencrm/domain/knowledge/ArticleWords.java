package de.opencrm.domain.knowledge;

import de.opencrm.domain.common.SearchText;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words a text is found by: folded (Umlaute written out, accents dropped, lower case), at least
 * three letters, without the German and English words every text has, at most {@link #MAX} of them.
 * An article's words are its index; a ticket's words are the question to it.
 */
public final class ArticleWords {

  /** More distinct words than this are not indexed (an article is not a book). */
  public static final int MAX = 400;

  /** The longest word kept; longer ones are cut (a stored word has room for this many). */
  public static final int LONGEST = 60;

  private static final Set<String> COMMON =
      Set.of(
          "und",
          "oder",
          "der",
          "die",
          "das",
          "den",
          "dem",
          "des",
          "ein",
          "eine",
          "einen",
          "einem",
          "einer",
          "ist",
          "sind",
          "war",
          "wird",
          "werden",
          "mit",
          "von",
          "fuer",
          "auf",
          "aus",
          "bei",
          "nach",
          "nicht",
          "auch",
          "sich",
          "wie",
          "was",
          "wir",
          "sie",
          "ich",
          "ihr",
          "ihre",
          "ihren",
          "uns",
          "unser",
          "unsere",
          "bitte",
          "danke",
          "hallo",
          "guten",
          "tag",
          "gruesse",
          "freundlichen",
          "mfg",
          "dass",
          "kann",
          "koennen",
          "noch",
          "schon",
          "immer",
          "seit",
          "zum",
          "zur",
          "vom",
          "beim",
          "haben",
          "hat",
          "hatte",
          "the",
          "and",
          "for",
          "with",
          "that",
          "this",
          "are",
          "you",
          "your",
          "our",
          "have",
          "has",
          "not",
          "from",
          "please",
          "thanks",
          "hello",
          "dear",
          "regards",
          "can",
          "will");

  /** At most this many typed words make a search. */
  public static final int TYPED = 8;

  private ArticleWords() {}

  /**
   * What a search box holds as word beginnings to look up: folded like the index, from two letters
   * on (they find the longer words that start with them), without the words no article is found by.
   */
  public static List<String> typed(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(SearchText.fold(text).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> w.length() >= 2 && !COMMON.contains(w))
        .filter(w -> !w.chars().allMatch(Character::isDigit))
        .map(w -> w.length() > LONGEST ? w.substring(0, LONGEST) : w)
        .distinct()
        .limit(TYPED)
        .toList();
  }

  public static Set<String> of(String... texts) {
    Set<String> words = new LinkedHashSet<>();
    for (String text : texts) {
      if (text == null) {
        continue;
      }
      for (String word : SearchText.fold(text).split("[^\\p{L}\\p{N}]+")) {
        if (word.length() >= 3
            && !COMMON.contains(word)
            && !word.chars().allMatch(Character::isDigit)) {
          words.add(word.length() > LONGEST ? word.substring(0, LONGEST) : word);
          if (words.size() == MAX) {
            return words;
          }
        }
      }
    }
    return words;
  }
}
