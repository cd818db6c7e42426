package de.opencrm.domain.lead.scoring;

import de.opencrm.domain.lead.routing.PostalRange;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One scoring rule as the scorer reads it: a criterion, its values (already checked when the rule
 * was saved) and the points a lead gets when it hits (negative points take some away).
 */
public record ScoreCheck(ScoreCriterion criterion, List<String> values, int points) {

  public ScoreCheck {
    values = List.copyOf(values);
  }

  public boolean hits(ScoringFacts lead) {
    return matched(lead).isPresent();
  }

  /**
   * What of the lead the rule hit, as the lead's page shows it ("Leiter" of the keywords, the
   * lead's country, the e-mail domain, the number of submissions); empty when it does not hit.
   */
  public Optional<String> matched(ScoringFacts lead) {
    switch (criterion) {
      case JOB_TITLE:
        return lead.jobTitle() == null
            ? Optional.empty()
            : values.stream().filter(k -> lower(lead.jobTitle()).contains(lower(k))).findFirst();
      case INDUSTRY:
        return equal(lead.industry());
      case COMPANY_SIZE:
        return lead.companySize() == null
            ? Optional.empty()
            : equal(lead.companySize().name()).map(v -> lead.companySize().employees());
      case COUNTRY:
        return equal(lead.country());
      case POSTAL_RANGE:
        return values.stream()
            .filter(v -> PostalRange.parse(v).map(r -> r.contains(lead.postalCode())).orElse(false))
            .findFirst();
      case SOURCE:
        return lead.source() == null ? Optional.empty() : equal(lead.source().name());
      case CORPORATE_EMAIL:
        return FreeMailDomains.isCorporate(lead.email())
            ? Optional.of(FreeMailDomains.domainOf(lead.email()))
            : Optional.empty();
      case FREE_MAIL:
        return FreeMailDomains.isFreeMail(lead.email())
            ? Optional.of(FreeMailDomains.domainOf(lead.email()))
            : Optional.empty();
      case REPEATED_SUBMISSIONS:
        return !values.isEmpty() && lead.submissions() >= Integer.parseInt(values.get(0))
            ? Optional.of(String.valueOf(lead.submissions()))
            : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private Optional<String> equal(String value) {
    return value == null
        ? Optional.empty()
        : values.stream().filter(v -> v.equalsIgnoreCase(value.strip())).findFirst();
  }

  private static String lower(String text) {
    return text.strip().toLowerCase(Locale.GERMAN);
  }
}
