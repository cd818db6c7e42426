package de.opencrm.infrastructure.persistence;

import de.opencrm.domain.admin.RecordScope;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.opportunity.Opportunity;
import de.opencrm.domain.opportunity.OpportunityRepository;
import de.opencrm.domain.opportunity.OpportunityRow;
import de.opencrm.domain.opportunity.Pipeline;
import de.opencrm.domain.opportunity.Stage;
import de.opencrm.domain.opportunity.StageChange;
import de.opencrm.domain.opportunity.StageOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaOpportunityRepository implements OpportunityRepository {

  private static final Map<String, String> SORTABLE =
      Map.of(
          "name", "o.name",
          "account", "a.name",
          "stage", "s.position",
          "amount", "o.amount",
          "probability", "o.probability",
          "expectedClose", "o.expectedClose");

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public Opportunity add(Opportunity opportunity) {
    em.persist(opportunity);
    return opportunity;
  }

  @Override
  public Optional<Opportunity> findById(long id) {
    return Optional.ofNullable(em.find(Opportunity.class, id));
  }

  @Override
  public Page<OpportunityRow> list(PageRequest request, RecordScope scope) {
    TypedQuery<Object[]> rows =
        em.createQuery(
            "SELECT o.id, o.name, a.id, a.name, s.id, s.nameDe, s.nameEn, s.outcome, o.amount,"
                + " o.currency, o.probability, o.expectedClose, u.displayName"
                + " FROM Opportunity o JOIN o.account a JOIN o.stage s JOIN o.owner u"
                + where(request, scope)
                + Jpql.orderBy(SORTABLE, request, "o.expectedClose")
                + ", o.id",
            Object[].class);
    bind(rows, request, scope);
    List<OpportunityRow> page =
        rows.setFirstResult(request.first()).setMaxResults(request.size()).getResultList().stream()
            .map(
                r ->
                    new OpportunityRow(
                        (Long) r[0],
                        (String) r[1],
                        (Long) r[2],
                        (String) r[3],
                        (Long) r[4],
                        (String) r[5],
                        (String) r[6],
                        (StageOutcome) r[7],
                        (BigDecimal) r[8],
                        (String) r[9],
                        (Integer) r[10],
                        (LocalDate) r[11],
                        (String) r[12]))
            .toList();
    TypedQuery<Long> count =
        em.createQuery(
            "SELECT COUNT(o) FROM Opportunity o JOIN o.account a JOIN o.stage s"
                + where(request, scope),
            Long.class);
    bind(count, request, scope);
    return new Page<>(page, count.getSingleResult());
  }

  private static String where(PageRequest request, RecordScope scope) {
    List<String> conditions = new ArrayList<>();
    if (request.filter() != null) {
      conditions.add(
          "(LOWER(o.name) LIKE :pattern ESCAPE '\\' OR LOWER(a.name) LIKE :pattern ESCAPE '\\')");
    }
    if (request.criterion(STAGE) != null) {
      conditions.add("s.id = :stage");
    }
    if (request.criterion(PIPELINE) != null) {
      conditions.add("o.pipeline.id = :pipeline");
    }
    if (request.criterion(OWNER) != null) {
      conditions.add("o.owner.id = :owner");
    }
    if (request.criterion(ACCOUNT) != null) {
      conditions.add("a.id = :account");
    }
    if ("true".equals(request.criterion(OPEN))) {
      conditions.add("s.outcome = :openOutcome");
    }
    String visible = ScopeConditions.jpql("o", scope);
    if (visible != null) {
      conditions.add(visible);
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static void bind(TypedQuery<?> query, PageRequest request, RecordScope scope) {
    ScopeConditions.bind(query, scope);
    if (request.filter() != null) {
      query.setParameter("pattern", Jpql.containsPattern(request.filter()));
    }
    if (request.criterion(STAGE) != null) {
      query.setParameter("stage", Long.valueOf(request.criterion(STAGE)));
    }
    if (request.criterion(PIPELINE) != null) {
      query.setParameter("pipeline", Long.valueOf(request.criterion(PIPELINE)));
    }
    if (request.criterion(OWNER) != null) {
      query.setParameter("owner", Long.valueOf(request.criterion(OWNER)));
    }
    if (request.criterion(ACCOUNT) != null) {
      query.setParameter("account", Long.valueOf(request.criterion(ACCOUNT)));
    }
    if ("true".equals(request.criterion(OPEN))) {
      query.setParameter("openOutcome", StageOutcome.OPEN);
    }
  }

  @Override
  public List<Pipeline> pipelines() {
    return em.createQuery(
            "SELECT p FROM Pipeline p WHERE p.active = TRUE ORDER BY p.position, p.id",
            Pipeline.class)
        .getResultList();
  }

  @Override
  public Pipeline defaultPipeline() {
    return pipelines().stream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no active pipeline (V36 makes one)"));
  }

  @Override
  public List<Stage> stagesOf(long pipelineId) {
    return em.createNamedQuery("Stage.ofPipeline", Stage.class)
        .setParameter("pipeline", pipelineId)
        .getResultList();
  }

  @Override
  public Optional<Stage> findStage(long id) {
    return Optional.ofNullable(em.find(Stage.class, id));
  }

  @Override
  public List<StageChange> stageChangesOf(long opportunityId) {
    return em.createNamedQuery("StageChange.of", StageChange.class)
        .setParameter("opportunity", opportunityId)
        .getResultList();
  }
}
