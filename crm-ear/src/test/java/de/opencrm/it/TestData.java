package de.opencrm.it;

import de.opencrm.domain.account.VatId;
import java.util.concurrent.ThreadLocalRandom;

/** Values that make a test's records its own, so tests never trip over each other's data. */
public final class TestData {

  private TestData() {}

  /** A valid German VAT ID (check digit and all) that no other test uses. */
  public static String germanVatId() {
    while (true) {
      String body = String.valueOf(10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
      for (int check = 0; check <= 9; check++) {
        String candidate = "DE" + body + check;
        if (VatId.parse(candidate).isPresent()) {
          return candidate;
        }
      }
    }
  }

  /**
   * A word of letters only ("kbtwqaexq"), 26^7 of them, that the search and the duplicate check
   * treat like a name part.
   */
  public static String letterTag() {
    StringBuilder tag = new StringBuilder();
    for (int i = 0; i < 7; i++) {
      tag.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return tag.append("xq").toString();
  }
}
