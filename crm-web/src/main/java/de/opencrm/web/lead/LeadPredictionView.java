package de.opencrm.web.lead;

import de.opencrm.application.lead.prediction.LeadPredictionService;
import de.opencrm.domain.lead.prediction.ConversionModel;
import de.opencrm.web.page.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The predictive lead score on the administrator's scoring page: how the latest training went (or
 * how much history is still missing) and training now.
 */
@Named
@ViewScoped
public class LeadPredictionView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject LeadPredictionService prediction;
  @Inject FacesErrors errors;

  private ConversionModel.Training training;
  private boolean ready;

  @PostConstruct
  void load() {
    training = prediction.lastTraining().orElse(null);
    ready = prediction.modelReady();
  }

  public void train() {
    try {
      training = prediction.train();
      ready = prediction.modelReady();
      errors.info(training.trained() ? "prediction.trainedNow" : "prediction.notEnoughNow");
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
  }

  public ConversionModel.Training getTraining() {
    return training;
  }

  public boolean isReady() {
    return ready;
  }

  public int getMinimum() {
    return ConversionModel.MIN_PER_OUTCOME;
  }

  /** A share as whole percent, for accuracy. */
  public long percent(Double share) {
    return share == null ? 0 : Math.round(share * 100);
  }
}
