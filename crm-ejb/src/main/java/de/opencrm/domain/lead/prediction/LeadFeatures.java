package de.opencrm.domain.lead.prediction;

import de.opencrm.domain.lead.scoring.FreeMailDomains;
import de.opencrm.domain.lead.scoring.ScoringFacts;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the predictive score learns from: a lead's facts as named yes/no features, each readable on
 * its own as a factor ("source=REFERRAL", "region=5" for German postal codes starting with 5,
 * "title=geschäftsführer" per word of the job title, "mail=free").
 */
public final class LeadFeatures {

  /** Job title words shorter than this ("of", "IT") say little. */
  static final int MIN_WORD = 3;

  private LeadFeatures() {}

  public static SortedSet<String> of(ScoringFacts facts) {
    SortedSet<String> features = new TreeSet<>();
    add(features, "source", facts.source() == null ? null : facts.source().name());
    add(features, "country", upper(facts.country()));
    if (facts.postalCode() != null
        && !facts.postalCode().isBlank()
        && (facts.country() == null || "DE".equalsIgnoreCase(facts.country().strip()))) {
      add(features, "region", facts.postalCode().strip().substring(0, 1));
    }
    add(features, "industry", lower(facts.industry()));
    add(features, "size", facts.companySize() == null ? null : facts.companySize().name());
    if (facts.email() != null && !facts.email().isBlank()) {
      features.add(FreeMailDomains.isFreeMail(facts.email()) ? "mail=free" : "mail=company");
    }
    if (facts.jobTitle() != null) {
      for (String word : facts.jobTitle().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (word.length() >= MIN_WORD) {
          features.add("title=" + word);
        }
      }
    }
    features.add(facts.submissions() > 1 ? "submissions=repeated" : "submissions=once");
    return features;
  }

  private static void add(SortedSet<String> features, String name, String value) {
    if (value != null && !value.isBlank()) {
      features.add(name + "=" + value.strip());
    }
  }

  private static String upper(String text) {
    return text == null ? null : text.strip().toUpperCase(Locale.ROOT);
  }

  private static String lower(String text) {
    return text == null ? null : text.strip().toLowerCase(Locale.ROOT);
  }
}
