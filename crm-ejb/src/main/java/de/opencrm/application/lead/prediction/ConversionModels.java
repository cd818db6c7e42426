package de.opencrm.application.lead.prediction;

import de.opencrm.domain.lead.prediction.ConversionModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The server's current predictive model, replaced whole by each successful training. */
@ApplicationScoped
public class ConversionModels {

  private volatile ConversionModel current;

  public Optional<ConversionModel> current() {
    return Optional.ofNullable(current);
  }

  void replace(ConversionModel model) {
    this.current = model;
  }
}
