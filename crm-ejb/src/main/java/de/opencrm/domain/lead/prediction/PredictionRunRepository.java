package de.opencrm.domain.lead.prediction;

import java.util.Optional;

/** The trainings of the predictive lead score. */
public interface PredictionRunRepository {

  void add(PredictionRun run);

  /** The latest training, if any. */
  Optional<PredictionRun> latest();
}
