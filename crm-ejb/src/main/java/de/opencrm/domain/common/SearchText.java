package de.opencrm.domain.common;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The form in which names are stored beside themselves for searching and sorting: lower case,
 * German umlauts and ß spelled out as a German types them without a German keyboard ("Müller" and
 * "Mueller" both become "mueller"), other accents dropped, white space collapsed. Portable: every
 * database compares the folded column with a plain index.
 */
public final class SearchText {

  private static final Pattern ACCENTS = Pattern.compile("\\p{InCombiningDiacriticalMarks}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private SearchText() {}

  /**
   * The given parts (nulls skipped) folded into one search key of at most {@code maxLength}
   * characters.
   */
  public static String key(int maxLength, String... parts) {
    String folded =
        fold(Arrays.stream(parts).filter(Objects::nonNull).collect(Collectors.joining(" ")));
    return folded.length() > maxLength ? folded.substring(0, maxLength) : folded;
  }

  public static String fold(String text) {
    if (text == null) {
      return null;
    }
    String german =
        text.strip()
            .toLowerCase(Locale.GERMAN)
            .replace("ä", "ae")
            .replace("ö", "oe")
            .replace("ü", "ue")
            .replace("ß", "ss")
            .replace("straße", "strasse");
    // plain ASCII carries no accents (most names, once the umlauts are spelled out)
    String withoutAccents =
        german.chars().allMatch(c -> c < 0x80)
            ? german
            : ACCENTS.matcher(Normalizer.normalize(german, Normalizer.Form.NFD)).replaceAll("");
    return SPACES.matcher(withoutAccents).replaceAll(" ");
  }
}
