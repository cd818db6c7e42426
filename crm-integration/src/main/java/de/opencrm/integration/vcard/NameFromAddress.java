package de.opencrm.integration.vcard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A person's name guessed from their e-mail address, for a card that names nobody: the part before
 * the @ split at dots, dashes and underscores ("anna.maria.mueller@…" is Anna Maria, Mueller).
 */
public final class NameFromAddress {

  private NameFromAddress() {}

  /** First name (or null) and last name; the whole local part where it cannot be split. */
  public static String[] of(String email) {
    String local = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
    List<String> words = new ArrayList<>();
    for (String word : local.split("[._\\-+]+")) {
      String letters = word.replaceAll("\\d+$", "");
      if (!letters.isBlank()) {
        words.add(letters.substring(0, 1).toUpperCase(Locale.ROOT) + letters.substring(1));
      }
    }
    if (words.isEmpty()) {
      return new String[] {null, local.isBlank() ? email : local};
    }
    String last = words.remove(words.size() - 1);
    return new String[] {words.isEmpty() ? null : String.join(" ", words), last};
  }
}
