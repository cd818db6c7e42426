package de.opencrm.domain.common;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.codec.language.ColognePhonetic;

/**
 * Names as they sound to a German ear (Kölner Phonetik): "Müller", "Mueller", "Muller" and the
 * mistyped "Mueler" all become 657. Stored beside a record as its words' codes (" 657 2621 "), so a
 * typed word's code is looked for at a word start (" 65%" while typing) or as a whole word (" 657
 * ") with a portable LIKE; legal forms and other words that never tell two names apart are left
 * out.
 */
public final class PhoneticKey {

  public static final int MAX_LENGTH = 200;

  /** Legal forms and joiners, folded (SearchText), that every other company name also has. */
  private static final Set<String> NOISE =
      Set.of(
          "gmbh",
          "mbh",
          "ag",
          "kg",
          "kgaa",
          "co",
          "ohg",
          "ug",
          "haftungsbeschraenkt",
          "se",
          "gbr",
          "ev",
          "eg",
          "ek",
          "ltd",
          "inc",
          "und",
          "the");

  private static final ColognePhonetic COLOGNE = new ColognePhonetic();

  private PhoneticKey() {}

  /** The stored key of a record's names: each word's code after a space; empty when none. */
  public static String of(String... names) {
    String key =
        Arrays.stream(names)
            .filter(Objects::nonNull)
            .flatMap(name -> Arrays.stream(SearchText.fold(name).split("[^\\p{L}]+")))
            .map(PhoneticKey::code)
            .filter(Objects::nonNull)
            .map(code -> code + " ")
            .collect(Collectors.joining());
    if (key.isEmpty()) {
      return key;
    }
    // cut after a whole code, so the last word still ends with its space
    String spaced = " " + key;
    return spaced.length() <= MAX_LENGTH
        ? spaced
        : spaced.substring(0, spaced.lastIndexOf(' ', MAX_LENGTH - 1) + 1);
  }

  /**
   * The code of one word, or null when the word is too short to say anything, carries digits or is
   * noise.
   */
  public static String code(String word) {
    if (word == null) {
      return null;
    }
    String folded = SearchText.fold(word);
    if (folded.length() < 2 || !folded.chars().allMatch(Character::isLetter)) {
      return null;
    }
    if (NOISE.contains(folded)) {
      return null;
    }
    String code = COLOGNE.colognePhonetic(folded);
    return code.isEmpty() ? null : code;
  }
}
