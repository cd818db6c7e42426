package de.opencrm.domain.lead.routing;

import de.opencrm.domain.account.CompanySize;
import de.opencrm.domain.lead.LeadSource;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a routing rule applies. Every condition left empty matches any lead; the ones given must all
 * hold (a lead without a postal code does not match a rule that names postal ranges). Countries are
 * ISO codes; countries, industries and languages are compared without regard to case.
 */
public record RoutingConditions(
    Set<String> countries,
    List<PostalRange> postalRanges,
    Set<String> industries,
    Set<CompanySize> companySizes,
    Set<LeadSource> sources,
    Set<String> languages,
    Integer minScore,
    Integer maxScore) {

  public RoutingConditions {
    countries = stripped(countries);
    postalRanges = List.copyOf(postalRanges);
    industries = stripped(industries);
    companySizes = companySizes.isEmpty() ? Set.of() : EnumSet.copyOf(companySizes);
    sources = sources.isEmpty() ? Set.of() : EnumSet.copyOf(sources);
    languages = stripped(languages);
    if (minScore != null && maxScore != null && minScore > maxScore) {
      throw new IllegalArgumentException("score band " + minScore + " > " + maxScore);
    }
  }

  /** A rule without conditions: every lead. */
  public static RoutingConditions any() {
    return new RoutingConditions(
        Set.of(), List.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null);
  }

  public boolean matches(LeadFacts lead) {
    return oneOf(countries, lead.country())
        && (postalRanges.isEmpty()
            || postalRanges.stream().anyMatch(r -> r.contains(lead.postalCode())))
        && oneOf(industries, lead.industry())
        && (companySizes.isEmpty() || companySizes.contains(lead.companySize()))
        && (sources.isEmpty() || sources.contains(lead.source()))
        && oneOf(languages, lead.language())
        && (minScore == null || lead.score() >= minScore)
        && (maxScore == null || lead.score() <= maxScore);
  }

  private static boolean oneOf(Set<String> allowed, String value) {
    return allowed.isEmpty()
        || (value != null && allowed.stream().anyMatch(a -> a.equalsIgnoreCase(value.strip())));
  }

  private static Set<String> stripped(Set<String> values) {
    return values.stream()
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
