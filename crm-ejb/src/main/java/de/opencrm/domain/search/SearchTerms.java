package de.opencrm.domain.search;

import de.opencrm.domain.common.PhoneticKey;
import de.opencrm.domain.common.SearchText;
import de.opencrm.domain.contact.PhoneNumber;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * What a user typed into the global search, taken apart: each word folded (every one must occur),
 * the sound of each word that is long enough to be misspelt (a word then also matches by sound),
 * and the whole as a phone number when it looks like one.
 */
public record SearchTerms(List<Word> words, Optional<String> phoneE164) {

  /** Words shorter than this are matched literally only: "Me" sounds like too many names. */
  public static final int MIN_PHONETIC_LENGTH = 4;

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  /** One typed word: folded, and its Kölner Phonetik code or null. */
  public record Word(String folded, String soundCode) {}

  public static Optional<SearchTerms> parse(String typed) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    String text = typed.strip();
    if (text.matches("[+0-9 ()/-]{6,}")) {
      Optional<String> phone = PhoneNumber.parse(text, "DE").map(PhoneNumber::e164);
      if (phone.isPresent()) {
        return Optional.of(new SearchTerms(List.of(), phone));
      }
    }
    List<Word> words = new ArrayList<>();
    for (String part : Arrays.stream(SearchText.fold(text).split(" ")).distinct().toList()) {
      if (!part.isEmpty()) {
        String code = part.length() >= MIN_PHONETIC_LENGTH ? PhoneticKey.code(part) : null;
        words.add(new Word(part, code));
      }
    }
    return words.isEmpty()
        ? Optional.empty()
        : Optional.of(new SearchTerms(words, Optional.empty()));
  }

  public SearchTerms {
    words = List.copyOf(words);
  }

  /**
   * How close a found name is to what was typed, 0 to 1: for each typed word its best Jaro-Winkler
   * similarity to a word of the name, averaged. Ranks "Müller" above "Möller" for "mueler", which
   * sound the same.
   */
  public double closeness(String name) {
    if (words.isEmpty() || name == null) {
      return 0;
    }
    String[] nameWords = SearchText.fold(name).split(" ");
    double sum = 0;
    for (Word word : words) {
      double best = 0;
      for (String candidate : nameWords) {
        best = Math.max(best, JARO_WINKLER.apply(word.folded(), candidate));
      }
      sum += best;
    }
    return sum / words.size();
  }

  /** Whether any word may also match by sound, so a second, tolerant look is worth it. */
  public boolean hasSoundCodes() {
    return words.stream().anyMatch(w -> w.soundCode() != null);
  }
}
