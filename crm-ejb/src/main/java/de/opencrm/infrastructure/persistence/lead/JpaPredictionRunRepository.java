package de.opencrm.infrastructure.persistence.lead;

import de.opencrm.domain.lead.prediction.PredictionRun;
import de.opencrm.domain.lead.prediction.PredictionRunRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Served by ix_crm_lead_model_run_at. */
@ApplicationScoped
public class JpaPredictionRunRepository implements PredictionRunRepository {

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public void add(PredictionRun run) {
    em.persist(run);
  }

  @Override
  public Optional<PredictionRun> latest() {
    return em.createNamedQuery("PredictionRun.latest", PredictionRun.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
