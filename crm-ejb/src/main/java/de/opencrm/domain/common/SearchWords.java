package de.opencrm.domain.common;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A record's search key and phonetic key cut into single words, stored one row each beside the
 * record so the global search finds a typed word at the start of a word through an ordinary B-tree
 * index ("muel" → "mueller", a range from "muel" to {@link #after}) instead of scanning every key
 * for a substring. Words compare by code point (binary), as the index orders them. A word with
 * punctuation (an e-mail address, "D-10023") is kept whole and in its parts; a sound code is stored
 * with a leading {@link #SOUND} so it never meets a typed word by accident.
 */
public final class SearchWords {

  /** Marks a Kölner Phonetik code among the words ("#657"). */
  public static final String SOUND = "#";

  /** The column's length; a longer word is kept as its first characters. */
  public static final int MAX_WORD = 100;

  private SearchWords() {}

  /** The words of a folded search key and of a phonetic key (" 657 2621 "). */
  public static Set<String> of(String searchKey, String phoneticKey) {
    Set<String> words = new LinkedHashSet<>();
    if (searchKey != null) {
      for (String word : searchKey.split(" ")) {
        add(words, word);
        String[] parts = word.split("[^\\p{L}\\p{N}]+");
        if (parts.length > 1) {
          Arrays.stream(parts).forEach(part -> add(words, part));
        }
      }
    }
    if (phoneticKey != null) {
      for (String code : phoneticKey.strip().split(" ")) {
        if (!code.isEmpty()) {
          add(words, SOUND + code);
        }
      }
    }
    return words;
  }

  /** Brings the stored words up to date, touching only those that changed. */
  public static void refresh(Set<String> stored, String searchKey, String phoneticKey) {
    Set<String> now = of(searchKey, phoneticKey);
    stored.retainAll(now);
    stored.addAll(now);
  }

  /**
   * The first string after every word that starts with the prefix ("mueller" → "muelles"): words
   * starting with it are those from the prefix (inclusive) to this (exclusive) in code point order.
   * A range, not LIKE 'mueller%', so that a prepared statement's generic plan still reads the index
   * range instead of every word.
   */
  public static String after(String prefix) {
    int last = prefix.codePointBefore(prefix.length());
    return prefix.substring(0, prefix.length() - Character.charCount(last))
        + Character.toString(last + 1);
  }

  private static void add(Set<String> words, String word) {
    if (!word.isEmpty()) {
      words.add(word.length() > MAX_WORD ? word.substring(0, MAX_WORD) : word);
    }
  }
}
