package de.opencrm.domain.opportunity;

import de.opencrm.domain.admin.RecordScope;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import java.util.List;
import java.util.Optional;

/** Opportunities, their pipelines and stages, and their stage history. */
public interface OpportunityRepository {

  /** Criteria of the list: a stage, an owner's id, open ones only ("true"), a pipeline. */
  String STAGE = "stage";

  String OWNER = "owner";
  String OPEN = "open";
  String PIPELINE = "pipeline";
  String ACCOUNT = "account";

  Opportunity add(Opportunity opportunity);

  Optional<Opportunity> findById(long id);

  /** One page of the opportunities the scope sees, filtered by name or account. */
  Page<OpportunityRow> list(PageRequest request, RecordScope scope);

  /** The active pipelines in their order. */
  List<Pipeline> pipelines();

  /** The pipeline new opportunities go to unless another is chosen: the first active one. */
  Pipeline defaultPipeline();

  /** A pipeline's stages in their order. */
  List<Stage> stagesOf(long pipelineId);

  Optional<Stage> findStage(long id);

  /** The opportunity's stage changes, oldest first. */
  List<StageChange> stageChangesOf(long opportunityId);
}
