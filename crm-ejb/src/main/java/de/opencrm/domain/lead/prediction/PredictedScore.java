package de.opencrm.domain.lead.prediction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The predicted chance that a lead converts (0-100 %) and the factors that weighed most, each with
 * its weight in log-odds: above zero it speaks for conversion, below against. Stored on the lead as
 * one line per factor.
 */
public record PredictedScore(int percent, List<Factor> factors) {

  /** A feature of the lead and how much it moved the prediction. */
  public record Factor(String feature, double weight) {

    public boolean positive() {
      return weight > 0;
    }
  }

  public PredictedScore {
    factors = List.copyOf(factors);
  }

  /** "feature\tweight" per line. */
  public String encodeFactors() {
    StringBuilder text = new StringBuilder();
    for (Factor factor : factors) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      text.append(factor.feature().replace('\t', ' ').replace('\n', ' '))
          .append('\t')
          .append(String.format(Locale.ROOT, "%.3f", factor.weight()));
    }
    return text.toString();
  }

  public static List<Factor> decodeFactors(String text) {
    List<Factor> factors = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return factors;
    }
    for (String line : text.split("\n")) {
      int tab = line.lastIndexOf('\t');
      if (tab > 0) {
        factors.add(
            new Factor(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1))));
      }
    }
    return factors;
  }
}
