package de.opencrm.domain.lead.scoring;

import de.opencrm.domain.account.CompanySize;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.lead.LeadSource;
import de.opencrm.domain.lead.routing.PostalRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a scoring rule's values as the administrator typed them (a list separated by commas) and
 * checks each against its criterion; a wrong entry is named in the message on the values field.
 */
public final class ScoreValues {

  static final int MAX_ENTRY = 100;
  static final int MAX_SUBMISSIONS = 1000;

  private ScoreValues() {}

  public static List<String> parse(ScoreCriterion criterion, String text) {
    List<String> entries =
        text == null
            ? List.of()
            : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (!criterion.needsValues()) {
      return List.of();
    }
    if (entries.isEmpty()) {
      throw BusinessException.onField("values", "scoring.valuesRequired");
    }
    List<String> values = new ArrayList<>();
    for (String entry : entries) {
      values.add(checked(criterion, entry));
    }
    if (criterion == ScoreCriterion.REPEATED_SUBMISSIONS && values.size() > 1) {
      throw BusinessException.onField("values", "scoring.valueInvalid", text.strip());
    }
    return List.copyOf(values);
  }

  private static String checked(ScoreCriterion criterion, String entry) {
    boolean fits;
    String value = entry;
    switch (criterion) {
      case COUNTRY:
        value = entry.toUpperCase(Locale.ROOT);
        fits = value.matches("[A-Z]{2}");
        break;
      case POSTAL_RANGE:
        fits = PostalRange.parse(entry).isPresent();
        break;
      case COMPANY_SIZE:
        value = entry.toUpperCase(Locale.ROOT);
        fits = isOneOf(value, CompanySize.values());
        break;
      case SOURCE:
        value = entry.toUpperCase(Locale.ROOT);
        fits = isOneOf(value, LeadSource.values());
        break;
      case REPEATED_SUBMISSIONS:
        fits = entry.matches("\\d{1,4}") && between(Integer.parseInt(entry), 2, MAX_SUBMISSIONS);
        break;
      default:
        fits = entry.length() <= MAX_ENTRY;
    }
    if (!fits) {
      throw BusinessException.onField("values", "scoring.valueInvalid", entry);
    }
    return value;
  }

  private static boolean isOneOf(String value, Enum<?>[] options) {
    return Arrays.stream(options).anyMatch(o -> o.name().equals(value));
  }

  private static boolean between(int value, int min, int max) {
    return value >= min && value <= max;
  }
}
