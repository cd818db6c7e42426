package de.opencrm.domain.lead.prediction;

import de.opencrm.domain.lead.scoring.ScoringFacts;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedSet;
import org.tribuo.Example;
import org.tribuo.Excuse;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.evaluation.LabelEvaluation;
import org.tribuo.classification.evaluation.LabelEvaluator;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * The predictive lead score: a logistic regression (Tribuo) trained only on the company's own
 * closed leads, converted against disqualified, on their {@link LeadFeatures}. It refuses to train
 * until there are at least {@link #MIN_PER_OUTCOME} of each, because with fewer it would mostly
 * repeat chance. Before the final model is trained on everything, one fifth of the history is held
 * back to measure how often the model is right on leads it has not seen.
 */
public final class ConversionModel {

  /** Closed leads needed of each outcome before the model is trained. */
  public static final int MIN_PER_OUTCOME = 40;

  /** Factors shown per lead. */
  public static final int TOP_FACTORS = 5;

  static final Label CONVERTED = new Label("CONVERTED");
  static final Label DISQUALIFIED = new Label("DISQUALIFIED");
  private static final LabelFactory LABELS = new LabelFactory();
  private static final long SEED = 20261123L;

  private final Model<Label> model;
  private final Training training;

  /**
   * How a training went: the history it had, whether that was enough, and for a trained model its
   * accuracy and ROC AUC on the held-back fifth.
   */
  public record Training(
      Instant at, int converted, int disqualified, boolean trained, Double accuracy, Double auc) {

    /** Closed leads still missing of each outcome before a model can be trained. */
    public int convertedMissing() {
      return Math.max(0, MIN_PER_OUTCOME - converted);
    }

    public int disqualifiedMissing() {
      return Math.max(0, MIN_PER_OUTCOME - disqualified);
    }
  }

  /** What came of a training: the history counted, and the model when there was enough. */
  public record Outcome(Training training, ConversionModel model) {}

  private ConversionModel(Model<Label> model, Training training) {
    this.model = model;
    this.training = training;
  }

  public static Outcome train(List<ClosedLead> history, Instant at) {
    int converted = (int) history.stream().filter(ClosedLead::converted).count();
    int disqualified = history.size() - converted;
    if (converted < MIN_PER_OUTCOME || disqualified < MIN_PER_OUTCOME) {
      return new Outcome(new Training(at, converted, disqualified, false, null, null), null);
    }
    List<ClosedLead> shuffled = new ArrayList<>(history);
    Collections.shuffle(shuffled, new Random(SEED));
    int heldBack = shuffled.size() / 5;
    Model<Label> probe = fit(shuffled.subList(heldBack, shuffled.size()), at);
    LabelEvaluation evaluation =
        new LabelEvaluator().evaluate(probe, dataset(shuffled.subList(0, heldBack), at));
    Training training =
        new Training(
            at, converted, disqualified, true, evaluation.accuracy(), evaluation.AUCROC(CONVERTED));
    return new Outcome(training, new ConversionModel(fit(shuffled, at), training));
  }

  public Training training() {
    return training;
  }

  /** The chance this lead converts, with the factors that weighed most either way. */
  public PredictedScore predict(ScoringFacts facts) {
    Example<Label> example = example(LABELS.getUnknownOutput(), LeadFeatures.of(facts));
    Prediction<Label> prediction = model.predict(example);
    double chance = prediction.getOutputScores().get(CONVERTED.getLabel()).getScore();
    return new PredictedScore((int) Math.round(100 * chance), factors(example));
  }

  /**
   * Each feature's share of the log-odds: its weight for conversion minus its weight for
   * disqualification (the two-class softmax is a logistic regression on that difference).
   */
  private List<PredictedScore.Factor> factors(Example<Label> example) {
    Excuse<Label> excuse = model.getExcuse(example).orElseThrow();
    Map<String, Double> weights = new HashMap<>();
    excuse
        .excuse(CONVERTED.getLabel())
        .forEach(p -> weights.merge(p.getA(), p.getB(), Double::sum));
    excuse
        .excuse(DISQUALIFIED.getLabel())
        .forEach(p -> weights.merge(p.getA(), -p.getB(), Double::sum));
    return weights.entrySet().stream()
        .filter(e -> !e.getKey().equals(org.tribuo.Model.BIAS_FEATURE))
        .filter(e -> Math.abs(e.getValue()) >= 0.001)
        .sorted(
            Comparator.comparingDouble((Map.Entry<String, Double> e) -> -Math.abs(e.getValue())))
        .limit(TOP_FACTORS)
        .map(e -> new PredictedScore.Factor(e.getKey(), e.getValue()))
        .toList();
  }

  private static Model<Label> fit(List<ClosedLead> leads, Instant at) {
    return new LogisticRegressionTrainer().train(dataset(leads, at));
  }

  private static MutableDataset<Label> dataset(List<ClosedLead> leads, Instant at) {
    MutableDataset<Label> data =
        new MutableDataset<>(
            new SimpleDataSourceProvenance(
                "closed leads", OffsetDateTime.ofInstant(at, ZoneOffset.UTC), LABELS),
            LABELS);
    for (ClosedLead lead : leads) {
      data.add(example(lead.converted() ? CONVERTED : DISQUALIFIED, LeadFeatures.of(lead.facts())));
    }
    return data;
  }

  private static Example<Label> example(Label label, SortedSet<String> features) {
    String[] names = features.toArray(String[]::new);
    double[] values = new double[names.length];
    java.util.Arrays.fill(values, 1.0);
    return new ArrayExample<>(label, names, values);
  }
}
