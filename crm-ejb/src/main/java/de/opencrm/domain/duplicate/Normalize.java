package de.opencrm.domain.duplicate;

import de.opencrm.domain.common.SearchText;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The forms in which two spellings of the same company, street or web address become equal. */
public final class Normalize {

  /** Legal forms and their parts, folded; "GmbH & Co. KG" leaves nothing behind. */
  private static final Set<String> LEGAL_FORM_WORDS =
      Set.of(
          "gmbh",
          "mbh",
          "ggmbh",
          "ag",
          "kg",
          "kgaa",
          "co",
          "ohg",
          "ug",
          "haftungsbeschraenkt",
          "se",
          "gbr",
          "ek",
          "ev",
          "eg",
          "ltd",
          "inc",
          "gesellschaft",
          "beschraenkter",
          "haftung");

  private static final Pattern SHORT_LEGAL_FORM = Pattern.compile("\\be\\.\\s?([kvg])\\.?");
  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern STREET_SHORT = Pattern.compile("str\\.|str\\b");
  private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]");

  private Normalize() {}

  /** "Müller GmbH & Co. KG" and "Mueller KG" both become "mueller". */
  public static String companyName(String name) {
    if (name == null) {
      return "";
    }
    // e.K., e.V., e.G. before their dots are dropped with the other punctuation
    String folded =
        SHORT_LEGAL_FORM.matcher(SearchText.fold(name)).replaceAll("e$1 ").replace("&", " ");
    return Arrays.stream(NOT_A_WORD.split(folded))
        .filter(w -> !w.isEmpty() && !LEGAL_FORM_WORDS.contains(w))
        .collect(Collectors.joining(" "));
  }

  /** "Hohe Str. 5", "Hohestraße 5" and "Hohe Strasse 5" all become "hohestrasse5". */
  public static String street(String street) {
    if (street == null) {
      return "";
    }
    String spelledOut = STREET_SHORT.matcher(SearchText.fold(street)).replaceAll("strasse");
    return NOT_A_LETTER.matcher(spelledOut).replaceAll("");
  }

  /** "https://www.Mueller.de/kontakt" becomes "mueller.de". */
  public static String webDomain(String website) {
    if (website == null || website.isBlank()) {
      return "";
    }
    String host =
        website
            .strip()
            .toLowerCase(Locale.ROOT)
            .replaceFirst("^[a-z]+://", "")
            .replaceFirst("[/?#].*$", "");
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  /** The part after @ of an e-mail address, lower case, or "". */
  public static String emailDomain(String email) {
    if (email == null || !email.contains("@")) {
      return "";
    }
    return email.substring(email.indexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
  }
}
