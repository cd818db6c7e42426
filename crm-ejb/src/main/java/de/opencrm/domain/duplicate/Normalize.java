package de.opencrm.domain.duplicate;

import de.opencrm.domain.common.SearchText;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
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

  private Normalize() {}

  /** "Müller GmbH & Co. KG" and "Mueller KG" both become "mueller". */
  public static String companyName(String name) {
    if (name == null) {
      return "";
    }
    String folded =
        SearchText.fold(name)
            // e.K., e.V., e.G. before their dots are dropped with the other punctuation
            .replaceAll("\\be\\.\\s?([kvg])\\.?", "e$1 ")
            .replace("&", " ");
    return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty() && !LEGAL_FORM_WORDS.contains(w))
        .collect(Collectors.joining(" "));
  }

  /** "Hohe Str. 5", "Hohestraße 5" and "Hohe Strasse 5" all become "hohestrasse5". */
  public static String street(String street) {
    if (street == null) {
      return "";
    }
    return SearchText.fold(street)
        .replaceAll("str\\.|str\\b", "strasse")
        .replaceAll("[^\\p{L}\\p{N}]", "");
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
