package de.opencrm.domain.opportunity;

import de.opencrm.domain.admin.RecordScope;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Opportunities, their pipelines and stages, and their stage history. */
public interface OpportunityRepository {

  /**
   * Criteria of the list and the board: a stage, an owner's id, a team's id, open ones only
   * ("true"), a pipeline, an account, expected close from and to (ISO dates, both included).
   */
  String STAGE = "stage";

  String OWNER = "owner";
  String TEAM = "team";
  String OPEN = "open";
  String PIPELINE = "pipeline";
  String ACCOUNT = "account";

  /** The list criterion naming a person: their opportunities as the main contact. */
  String CONTACT = "contact";

  String CLOSE_FROM = "closeFrom";
  String CLOSE_TO = "closeTo";

  Opportunity add(Opportunity opportunity);

  Optional<Opportunity> findById(long id);

  /** The opportunity, or "not found" for the user. */
  default Opportunity require(long id) {
    return findById(id).orElseThrow(() -> new BusinessException("opportunity.notFound"));
  }

  /** One page of the opportunities the scope sees, filtered by name or account. */
  Page<OpportunityRow> list(PageRequest request, RecordScope scope);

  /** The rows of one page of {@link #list}, without counting them all. */
  List<OpportunityRow> rows(PageRequest request, RecordScope scope);

  /** For each stage with opportunities the criteria select: their totals in euros. */
  Map<Long, StageTotals> totalsByStage(PageRequest request, RecordScope scope);

  /** The people on an opportunity with their buying roles, by name. */
  List<OpportunityContact> buyingContacts(long opportunityId);

  Optional<OpportunityContact> findBuyingContact(long id);

  OpportunityContact addBuyingContact(OpportunityContact contact);

  void removeBuyingContact(OpportunityContact contact);

  /** The active pipelines in their order. */
  List<Pipeline> pipelines();

  /** Every pipeline, active or not, in their order. */
  List<Pipeline> allPipelines();

  Optional<Pipeline> findPipeline(long id);

  Pipeline addPipeline(Pipeline pipeline);

  Stage addStage(Stage stage);

  void removeStage(Stage stage);

  /** How many opportunities are in each stage of the pipeline (stages without any left out). */
  Map<Long, Long> countsByStage(long pipelineId);

  /** Whether an opportunity is in the stage or ever was. */
  boolean stageUsed(long stageId);

  /** The pipeline new opportunities go to unless another is chosen: the first active one. */
  Pipeline defaultPipeline();

  /** A pipeline's stages in their order. */
  List<Stage> stagesOf(long pipelineId);

  Optional<Stage> findStage(long id);

  /** The opportunity's stage changes, oldest first. */
  List<StageChange> stageChangesOf(long opportunityId);
}
