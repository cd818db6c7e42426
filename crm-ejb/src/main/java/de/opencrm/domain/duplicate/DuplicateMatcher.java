package de.opencrm.domain.duplicate;

import de.opencrm.domain.common.PhoneticKey;
import de.opencrm.domain.common.SearchText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Scores how likely two companies or two people are the same. Identifiers (VAT ID, ERP number,
 * e-mail) weigh most; names count by exact, close (Jaro-Winkler) or same-sounding (Kölner Phonetik)
 * spelling; address, web site, phone and company add to them.
 */
public final class DuplicateMatcher {

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  private static final double CLOSE_SPELLING = 0.92;
  private static final double CLOSE_PERSON_NAME = 0.85;

  public MatchResult compareCompanies(CompanyFacts a, CompanyFacts b) {
    Score score = new Score();
    score.addIf(sameText(a.vatId(), b.vatId()), 100, MatchReason.SAME_VAT_ID);
    score.addIf(sameText(a.erpNumber(), b.erpNumber()), 100, MatchReason.SAME_ERP_NUMBER);
    String nameA = Normalize.companyName(a.name());
    String nameB = Normalize.companyName(b.name());
    if (!nameA.isEmpty() && nameA.equals(nameB)) {
      score.add(70, MatchReason.SAME_NAME);
    } else if (!nameA.isEmpty() && JARO_WINKLER.apply(nameA, nameB) >= CLOSE_SPELLING) {
      score.add(60, MatchReason.SIMILAR_NAME);
    } else if (sameSound(nameA, nameB)) {
      score.add(50, MatchReason.SAME_SOUNDING_NAME);
    }
    if (sameText(a.postalCode(), b.postalCode())) {
      String streetA = Normalize.street(a.street());
      boolean sameStreet = !streetA.isEmpty() && streetA.equals(Normalize.street(b.street()));
      score.add(
          sameStreet ? 25 : 10,
          sameStreet ? MatchReason.SAME_ADDRESS : MatchReason.SAME_POSTAL_CODE);
    }
    String webA = Normalize.webDomain(a.website());
    score.addIf(
        !webA.isEmpty() && webA.equals(Normalize.webDomain(b.website())),
        30,
        MatchReason.SAME_WEBSITE);
    return score.result();
  }

  public MatchResult comparePeople(PersonFacts a, PersonFacts b) {
    Score score = new Score();
    score.addIf(sameText(a.email(), b.email()), 90, MatchReason.SAME_EMAIL);
    score.addIf(sameText(a.phone(), b.phone()), 60, MatchReason.SAME_PHONE);
    String lastA = fold(a.lastName());
    String lastB = fold(b.lastName());
    if (!lastA.isEmpty() && lastA.equals(lastB)) {
      score.add(45, MatchReason.SAME_NAME);
    } else if (sameSound(lastA, lastB) && JARO_WINKLER.apply(lastA, lastB) >= CLOSE_PERSON_NAME) {
      score.add(40, MatchReason.SIMILAR_NAME);
    } else if (sameSound(lastA, lastB)) {
      score.add(25, MatchReason.SAME_SOUNDING_NAME);
    }
    String firstA = fold(a.firstName());
    String firstB = fold(b.firstName());
    if (!firstA.isEmpty() && !firstB.isEmpty()) {
      if (firstA.equals(firstB)) {
        score.add(30, MatchReason.SAME_FIRST_NAME);
      } else if (JARO_WINKLER.apply(firstA, firstB) >= CLOSE_SPELLING
          || initialOf(firstA, firstB)) {
        score.add(15, MatchReason.SAME_FIRST_NAME);
      }
    }
    score.addIf(
        a.accountId() != null && a.accountId().equals(b.accountId()), 15, MatchReason.SAME_COMPANY);
    return score.result();
  }

  /** "a." or "a" written for "anna". */
  private static boolean initialOf(String a, String b) {
    String shortOne = (a.length() <= b.length() ? a : b).replace(".", "");
    String longOne = a.length() <= b.length() ? b : a;
    return shortOne.length() == 1 && longOne.startsWith(shortOne);
  }

  private static boolean sameSound(String a, String b) {
    String soundA = PhoneticKey.of(a);
    return !soundA.isEmpty() && soundA.equals(PhoneticKey.of(b));
  }

  private static boolean sameText(String a, String b) {
    return a != null && !a.isBlank() && b != null && a.strip().equalsIgnoreCase(b.strip());
  }

  private static String fold(String name) {
    return name == null ? "" : Objects.requireNonNullElse(SearchText.fold(name), "");
  }

  /** Points and reasons collected for one pair. */
  private static final class Score {
    private int points;
    private final List<MatchReason> reasons = new ArrayList<>();

    void add(int more, MatchReason reason) {
      points += more;
      reasons.add(reason);
    }

    void addIf(boolean condition, int more, MatchReason reason) {
      if (condition) {
        add(more, reason);
      }
    }

    MatchResult result() {
      return new MatchResult(points, reasons);
    }
  }
}
