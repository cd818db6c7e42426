package de.opencrm.application.lead.prediction;

import de.opencrm.application.common.Stamp;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.lead.Lead;
import de.opencrm.domain.lead.LeadRepository;
import de.opencrm.domain.lead.prediction.ConversionModel;
import de.opencrm.domain.lead.prediction.PredictionRun;
import de.opencrm.domain.lead.prediction.PredictionRunRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The predictive lead score: trains the model on the company's closed leads (nightly, at start and
 * when the administrator asks), records each training, predicts every open lead again after a
 * successful one (a batch per transaction) and each new lead as it is captured or entered.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
@Permission(area = Area.ADMIN, operation = Operation.EDIT)
public class LeadPredictionService {

  private static final Logger LOG = Logger.getLogger(LeadPredictionService.class.getName());

  /** The most recent closed leads the model learns from. */
  static final int HISTORY = 20_000;

  /** Open leads predicted again per transaction. */
  static final int BATCH = 200;

  @Inject LeadRepository leads;
  @Inject PredictionRunRepository runs;
  @Inject ConversionModels models;
  @Resource SessionContext context;

  /**
   * Predicts a lead being captured or entered, in the caller's transaction, when there is a model;
   * called by the lead services, which check the caller's permission.
   */
  @PermitAll
  public void predictLead(@NotNull Lead lead) {
    models.current().ifPresent(m -> lead.applyPrediction(m.predict(lead.scoringFacts()), now()));
  }

  /** The latest training, whether it produced a model or found too little history. */
  @Permission(area = Area.ADMIN, operation = Operation.READ)
  public Optional<ConversionModel.Training> lastTraining() {
    return runs.latest().map(PredictionRun::training);
  }

  /** Whether this server holds a trained model now. */
  @Permission(area = Area.ADMIN, operation = Operation.READ)
  public boolean modelReady() {
    return models.current().isPresent();
  }

  /** Trains now, at the administrator's request, and predicts the open leads again. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ConversionModel.Training train() {
    return trainAndPredict();
  }

  /** The nightly (and after-start) training, without a user. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ConversionModel.Training trainScheduled() {
    return trainAndPredict();
  }

  private ConversionModel.Training trainAndPredict() {
    LeadPredictionService self = context.getBusinessObject(LeadPredictionService.class);
    ConversionModel.Training training = self.trainAndRecord();
    int changed = 0;
    if (training.trained()) {
      long after = 0;
      List<Long> ids = leads.openLeadIdsAfter(after, BATCH);
      while (!ids.isEmpty()) {
        changed += self.predictBatch(ids);
        after = ids.get(ids.size() - 1);
        ids = leads.openLeadIdsAfter(after, BATCH);
      }
    }
    int predictionsChanged = changed;
    LOG.info(() -> "lead prediction: " + training + ", open leads changed: " + predictionsChanged);
    return training;
  }

  /** Trains on the history and records the training; a model replaces the server's current one. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ConversionModel.Training trainAndRecord() {
    ConversionModel.Outcome outcome = ConversionModel.train(leads.closedHistory(HISTORY), now());
    if (outcome.model() != null) {
      models.replace(outcome.model());
    }
    PredictionRun run = new PredictionRun(outcome.training());
    Stamp stamp = Stamp.of(context);
    run.recordCreation(stamp.user(), stamp.at());
    runs.add(run);
    return outcome.training();
  }

  /** One batch of open leads predicted again, in its own transaction; returns how many changed. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int predictBatch(@NotNull List<Long> ids) {
    Optional<ConversionModel> model = models.current();
    if (model.isEmpty()) {
      return 0;
    }
    int changed = 0;
    for (Long id : ids) {
      Lead lead = leads.findById(id).orElse(null);
      if (lead == null || !lead.getStatus().isOpen()) {
        continue;
      }
      Integer before = lead.getPredictedScore();
      lead.applyPrediction(model.get().predict(lead.scoringFacts()), now());
      if (!lead.getPredictedScore().equals(before)) {
        changed++;
      }
    }
    return changed;
  }

  /** Now, to the millisecond, as the database keeps it. */
  private java.time.Instant now() {
    return java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }
}
