package de.opencrm.infrastructure.persistence.sales;

import de.opencrm.domain.admin.RecordScope;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.opportunity.Opportunity;
import de.opencrm.domain.opportunity.OpportunityContact;
import de.opencrm.domain.opportunity.OpportunityRepository;
import de.opencrm.domain.opportunity.OpportunityRow;
import de.opencrm.domain.opportunity.Pipeline;
import de.opencrm.domain.opportunity.Stage;
import de.opencrm.domain.opportunity.StageChange;
import de.opencrm.domain.opportunity.StageOutcome;
import de.opencrm.domain.opportunity.StageTotals;
import de.opencrm.infrastructure.persistence.Jpql;
import de.opencrm.infrastructure.persistence.ScopeConditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Longer than 300 lines: the list, the board and the pipeline figures share one set of criteria and
 * their visibility conditions.
 */
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
    List<OpportunityRow> page = rows(request, scope);
    TypedQuery<Long> count =
        em.createQuery(
            "SELECT COUNT(o) FROM Opportunity o JOIN o.account a JOIN o.stage s"
                + where(request, scope),
            Long.class);
    bind(count, request, scope);
    return new Page<>(page, count.getSingleResult());
  }

  @Override
  public List<OpportunityRow> rows(PageRequest request, RecordScope scope) {
    TypedQuery<Object[]> rows =
        em.createQuery(
            "SELECT o.id, o.version, o.name, a.id, a.name, s.id, s.nameDe, s.nameEn, s.outcome,"
                + " o.amount, o.currency, o.probability, o.expectedClose, u.displayName"
                + " FROM Opportunity o JOIN o.account a JOIN o.stage s JOIN o.owner u"
                + where(request, scope)
                + Jpql.orderBy(SORTABLE, request, "o.expectedClose")
                + ", o.id",
            Object[].class);
    bind(rows, request, scope);
    return rows
        .setFirstResult(request.first())
        .setMaxResults(request.size())
        .getResultList()
        .stream()
        .map(
            r ->
                new OpportunityRow(
                    (Long) r[0],
                    (Long) r[1],
                    (String) r[2],
                    (Long) r[3],
                    (String) r[4],
                    (Long) r[5],
                    (String) r[6],
                    (String) r[7],
                    (StageOutcome) r[8],
                    (BigDecimal) r[9],
                    (String) r[10],
                    (Integer) r[11],
                    (LocalDate) r[12],
                    (String) r[13]))
        .toList();
  }

  @Override
  public Map<Long, StageTotals> totalsByStage(PageRequest request, RecordScope scope) {
    TypedQuery<Object[]> sums =
        em.createQuery(
            "SELECT s.id, COUNT(o), SUM(o.amountEur), SUM(o.amountEur * o.probability)"
                + " FROM Opportunity o JOIN o.account a JOIN o.stage s"
                + where(request, scope)
                + " GROUP BY s.id",
            Object[].class);
    bind(sums, request, scope);
    Map<Long, StageTotals> totals = new HashMap<>();
    for (Object[] r : sums.getResultList()) {
      totals.put(
          (Long) r[0],
          StageTotals.summed(((Number) r[1]).longValue(), Jpql.decimal(r[2]), Jpql.decimal(r[3])));
    }
    return totals;
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
    if (request.criterion(CONTACT) != null) {
      conditions.add("o.contact.id = :contact");
    }
    if (request.criterion(TEAM) != null) {
      conditions.add("o.team.id = :team");
    }
    if (request.criterion(CLOSE_FROM) != null) {
      conditions.add("o.expectedClose >= :closeFrom");
    }
    if (request.criterion(CLOSE_TO) != null) {
      conditions.add("o.expectedClose <= :closeTo");
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
    if (request.criterion(CONTACT) != null) {
      query.setParameter("contact", Long.valueOf(request.criterion(CONTACT)));
    }
    if (request.criterion(TEAM) != null) {
      query.setParameter("team", Long.valueOf(request.criterion(TEAM)));
    }
    if (request.criterion(CLOSE_FROM) != null) {
      query.setParameter("closeFrom", LocalDate.parse(request.criterion(CLOSE_FROM)));
    }
    if (request.criterion(CLOSE_TO) != null) {
      query.setParameter("closeTo", LocalDate.parse(request.criterion(CLOSE_TO)));
    }
    if ("true".equals(request.criterion(OPEN))) {
      query.setParameter("openOutcome", StageOutcome.OPEN);
    }
  }

  @Override
  public List<OpportunityContact> buyingContacts(long opportunityId) {
    return em.createQuery(
            "SELECT b FROM OpportunityContact b JOIN FETCH b.contact c"
                + " WHERE b.opportunity.id = :opportunity ORDER BY c.lastName, c.firstName, b.id",
            OpportunityContact.class)
        .setParameter("opportunity", opportunityId)
        .getResultList();
  }

  @Override
  public Optional<OpportunityContact> findBuyingContact(long id) {
    return Optional.ofNullable(em.find(OpportunityContact.class, id));
  }

  @Override
  public OpportunityContact addBuyingContact(OpportunityContact contact) {
    em.persist(contact);
    return contact;
  }

  @Override
  public void removeBuyingContact(OpportunityContact contact) {
    em.remove(contact);
  }

  @Override
  public List<Pipeline> pipelines() {
    return em.createQuery(
            "SELECT p FROM Pipeline p WHERE p.active = TRUE ORDER BY p.position, p.id",
            Pipeline.class)
        .getResultList();
  }

  @Override
  public List<Pipeline> allPipelines() {
    return em.createQuery("SELECT p FROM Pipeline p ORDER BY p.position, p.id", Pipeline.class)
        .getResultList();
  }

  @Override
  public Optional<Pipeline> findPipeline(long id) {
    return Optional.ofNullable(em.find(Pipeline.class, id));
  }

  @Override
  public Pipeline addPipeline(Pipeline pipeline) {
    em.persist(pipeline);
    return pipeline;
  }

  @Override
  public Stage addStage(Stage stage) {
    em.persist(stage);
    return stage;
  }

  @Override
  public void removeStage(Stage stage) {
    em.remove(stage);
  }

  @Override
  public Map<Long, Long> countsByStage(long pipelineId) {
    Map<Long, Long> counts = new HashMap<>();
    em.createQuery(
            "SELECT o.stage.id, COUNT(o) FROM Opportunity o WHERE o.pipeline.id = :pipeline"
                + " GROUP BY o.stage.id",
            Object[].class)
        .setParameter("pipeline", pipelineId)
        .getResultList()
        .forEach(r -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
    return counts;
  }

  @Override
  public boolean stageUsed(long stageId) {
    return !em.createQuery("SELECT o.id FROM Opportunity o WHERE o.stage.id = :stage", Long.class)
            .setParameter("stage", stageId)
            .setMaxResults(1)
            .getResultList()
            .isEmpty()
        || !em.createQuery(
                "SELECT c.id FROM StageChange c WHERE c.toStage.id = :stage"
                    + " OR c.fromStage.id = :stage",
                Long.class)
            .setParameter("stage", stageId)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
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
