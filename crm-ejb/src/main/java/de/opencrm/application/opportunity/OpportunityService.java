package de.opencrm.application.opportunity;

import de.opencrm.application.common.CallerAccess;
import de.opencrm.application.common.RecordScopes;
import de.opencrm.application.common.Stamp;
import de.opencrm.domain.account.Account;
import de.opencrm.domain.account.AccountRepository;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.RecordScope;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.admin.UserOption;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.contact.Contact;
import de.opencrm.domain.contact.ContactRepository;
import de.opencrm.domain.opportunity.BuyingRole;
import de.opencrm.domain.opportunity.Opportunity;
import de.opencrm.domain.opportunity.OpportunityContact;
import de.opencrm.domain.opportunity.OpportunityRepository;
import de.opencrm.domain.opportunity.OpportunityRow;
import de.opencrm.domain.opportunity.Stage;
import de.opencrm.domain.opportunity.StageChange;
import de.opencrm.domain.opportunity.StageOutcome;
import de.opencrm.domain.opportunity.StageTimes;
import de.opencrm.domain.opportunity.StageTotals;
import de.opencrm.domain.quote.QuoteRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sales opportunities: listed as the caller's record scope allows, created on a visible account,
 * edited in the version the user saw, moved through their pipeline's stages with every change
 * recorded. Sales, managers and administrators work on them; who sees which is the permission
 * matrix's record visibility for opportunities (own, team, all).
 *
 * <p>Longer than 300 lines: every change of an opportunity (fields, stage, line items, buying
 * centre) goes through the same visibility and optimistic-locking checks, kept in one service so
 * none is skipped.
 */
@Stateless
@RolesAllowed({Role.Names.SALES, Role.Names.MANAGER, Role.Names.ADMIN})
@Permission(area = Area.OPPORTUNITIES, operation = Operation.READ)
public class OpportunityService {

  @Inject OpportunityRepository opportunities;
  @Inject AccountRepository accounts;
  @Inject ContactRepository contacts;
  @Inject UserRepository users;
  @Inject QuoteRepository quotes;
  @Inject RecordScopes scopes;
  @Resource SessionContext context;

  /** The owner criterion that stands for the caller. */
  public static final String MINE = "me";

  private static final int MAX_OWNERS = 500;

  /** How many cards a board column shows; the list shows the rest. */
  public static final int CARDS_PER_COLUMN = 25;

  public Page<OpportunityRow> listOpportunities(@NotNull PageRequest request) {
    return opportunities.list(resolveOwner(request), scopes.of(context, Area.OPPORTUNITIES));
  }

  private PageRequest resolveOwner(PageRequest request) {
    return MINE.equals(request.criterion(OpportunityRepository.OWNER))
        ? request.withCriterion(
            OpportunityRepository.OWNER,
            String.valueOf(CallerAccess.caller(context, users).getId()))
        : request;
  }

  /**
   * The board of a pipeline (the default one unless the criteria name one): every stage with the
   * totals of the opportunities the criteria and the caller's scope select, and the first of them
   * as cards.
   */
  public List<BoardColumn> board(@NotNull PageRequest criteria) {
    PageRequest asked = resolveOwner(criteria);
    String pipeline = asked.criterion(OpportunityRepository.PIPELINE);
    if (pipeline == null) {
      pipeline = String.valueOf(opportunities.defaultPipeline().getId());
      asked = asked.withCriterion(OpportunityRepository.PIPELINE, pipeline);
    }
    RecordScope scope = scopes.of(context, Area.OPPORTUNITIES);
    Map<Long, StageTotals> totals = opportunities.totalsByStage(asked, scope);
    List<BoardColumn> columns = new ArrayList<>();
    for (StageOption stage : stagesOf(Long.valueOf(pipeline))) {
      StageTotals held = totals.getOrDefault(stage.id(), StageTotals.NONE);
      List<OpportunityRow> cards =
          held.count() == 0
              ? List.of()
              : opportunities.rows(
                  new PageRequest(
                          0,
                          CARDS_PER_COLUMN,
                          "expectedClose",
                          stage.outcome() == StageOutcome.OPEN,
                          asked.filter(),
                          asked.criteria())
                      .withCriterion(OpportunityRepository.STAGE, String.valueOf(stage.id())),
                  scope);
      columns.add(new BoardColumn(stage, held, cards));
    }
    return columns;
  }

  /** Whom opportunities may belong to: the active users, for the board's and list's filter. */
  public List<UserOption> owners() {
    return users.activeUsers(MAX_OWNERS);
  }

  /** The pipelines to choose from, in their order. */
  public List<PipelineOption> pipelines() {
    return opportunities.pipelines().stream()
        .map(p -> new PipelineOption(p.getId(), p.getNameDe(), p.getNameEn()))
        .toList();
  }

  /** A pipeline's stages in order; the default pipeline's when none is given. */
  public List<StageOption> stagesOf(Long pipelineId) {
    long pipeline = pipelineId == null ? opportunities.defaultPipeline().getId() : pipelineId;
    return opportunities.stagesOf(pipeline).stream().map(StageOption::of).toList();
  }

  public OpportunityDetail loadOpportunity(long id) {
    Opportunity opportunity = visible(id);
    List<StageChange> changes = opportunities.stageChangesOf(id);
    List<Duration> spent =
        StageTimes.spent(changes.stream().map(StageChange::getChangedAt).toList(), Instant.now());
    List<StageStep> steps = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    for (int i = 0; i < changes.size(); i++) {
      StageChange change = changes.get(i);
      String by =
          names.computeIfAbsent(
              change.getChangedBy(),
              username ->
                  users.findByUsername(username).map(User::getDisplayName).orElse(username));
      steps.add(
          new StageStep(
              change.getToStage().getNameDe(),
              change.getToStage().getNameEn(),
              change.getChangedAt(),
              by,
              spent.get(i)));
    }
    return new OpportunityDetail(
        formOf(opportunity),
        opportunity.weightedAmount(),
        opportunity.getStage().getOutcome(),
        opportunity.getClosedAt(),
        opportunity.getSource(),
        opportunity.getLeadId(),
        opportunity.getOwner().getDisplayName(),
        steps,
        !quotes.lineItems(id).isEmpty());
  }

  /**
   * Creates the opportunity (owned by the caller unless another owner is chosen) or saves the
   * changes to it; returns its id. Changing the stage takes the stage's probability; a probability
   * or forecast category of the user's own is kept while the stage stays.
   */
  @Permission(area = Area.OPPORTUNITIES, operation = Operation.EDIT)
  public long saveOpportunity(@NotNull @Valid OpportunityForm form) {
    Stamp stamp = Stamp.of(context);
    Account account = account(form.getAccountId());
    Contact contact = contact(form.getContactId());
    User owner =
        form.getOwnerId() == null
            ? CallerAccess.caller(context, users)
            : users
                .findById(form.getOwnerId())
                .orElseThrow(() -> BusinessException.onField("owner", "user.notFound"));
    if (form.isNew()) {
      long pipeline =
          form.getPipelineId() == null
              ? opportunities.defaultPipeline().getId()
              : form.getPipelineId();
      Stage stage =
          form.getStageId() == null
              ? opportunities.stagesOf(pipeline).get(0)
              : stage(form.getStageId());
      Opportunity created =
          new Opportunity(
              form.getName(),
              account,
              stage,
              form.getLostReason(),
              form.getAmount(),
              form.getExpectedClose(),
              owner,
              stamp.at(),
              stamp.user());
      created.value(form.getAmount(), form.getCurrency(), form.getExchangeRate());
      created.describe(form.getNextStep(), form.getCompetitors(), contact);
      ownEstimate(created, form);
      created.recordCreation(stamp.user(), stamp.at());
      return opportunities.add(created).getId();
    }
    Opportunity opportunity = visible(form.getId());
    opportunity.requireVersion(form.getVersion());
    opportunity.rename(form.getName());
    if (quotes.lineItems(opportunity.getId()).isEmpty()) {
      opportunity.value(form.getAmount(), form.getCurrency(), form.getExchangeRate());
    } else {
      // the lines make the amount, in their price list's currency; only the rate is the user's
      opportunity.value(opportunity.getAmount(), opportunity.getCurrency(), form.getExchangeRate());
    }
    opportunity.closeExpectedOn(form.getExpectedClose());
    opportunity.describe(form.getNextStep(), form.getCompetitors(), contact);
    if (owner != opportunity.getOwner()) {
      opportunity.assignTo(owner);
    }
    Stage before = opportunity.getStage();
    if (form.getStageId() != null) {
      opportunity.moveTo(stage(form.getStageId()), form.getLostReason(), stamp.at(), stamp.user());
    }
    if (opportunity.getStage() == before) {
      ownEstimate(opportunity, form);
    }
    opportunity.recordModification(stamp.user(), stamp.at());
    return opportunity.getId();
  }

  /**
   * Moves the opportunity to another stage (the board, the page's stage buttons), in the version
   * the user saw; a lost stage needs the reason.
   */
  @Permission(area = Area.OPPORTUNITIES, operation = Operation.EDIT)
  public void moveToStage(long id, long version, long stageId, String lostReason) {
    Opportunity opportunity = visible(id);
    opportunity.requireVersion(version);
    Stamp stamp = Stamp.of(context);
    opportunity.moveTo(stage(stageId), lostReason, stamp.at(), stamp.user());
    opportunity.recordModification(stamp.user(), stamp.at());
  }

  /** The people on the opportunity with their buying roles. */
  public List<BuyingContact> buyingContacts(long opportunityId) {
    visible(opportunityId);
    return opportunities.buyingContacts(opportunityId).stream()
        .map(
            b ->
                new BuyingContact(
                    b.getId(),
                    b.getContact().getId(),
                    personName(b.getContact()),
                    b.getContact().getPosition(),
                    b.getRole()))
        .toList();
  }

  /** The people of the opportunity's company the caller sees, to choose for a buying role. */
  public List<ContactChoice> contactsToChoose(long opportunityId) {
    Opportunity opportunity = visible(opportunityId);
    return contacts
        .list(
            new PageRequest(0, PageRequest.MAX_SIZE, "name", true, null),
            opportunity.getAccount().getId(),
            scopes.of(context, Area.CONTACTS))
        .rows()
        .stream()
        .map(
            c ->
                new ContactChoice(
                    c.id(),
                    c.firstName() == null ? c.lastName() : c.firstName() + " " + c.lastName()))
        .toList();
  }

  /**
   * Puts a person on the opportunity in a buying role, or gives them another role when they are on
   * it already.
   */
  @Permission(area = Area.OPPORTUNITIES, operation = Operation.EDIT)
  public void assignBuyingRole(long opportunityId, long contactId, @NotNull BuyingRole role) {
    Opportunity opportunity = visible(opportunityId);
    Contact person = contact(contactId);
    Stamp stamp = Stamp.of(context);
    OpportunityContact existing =
        opportunities.buyingContacts(opportunityId).stream()
            .filter(b -> b.getContact().getId().equals(person.getId()))
            .findFirst()
            .orElse(null);
    if (existing != null) {
      existing.playing(role);
      existing.recordModification(stamp.user(), stamp.at());
      return;
    }
    OpportunityContact added = new OpportunityContact(opportunity, person, role);
    added.recordCreation(stamp.user(), stamp.at());
    opportunities.addBuyingContact(added);
  }

  /** Takes a person off the opportunity. */
  @Permission(area = Area.OPPORTUNITIES, operation = Operation.EDIT)
  public void removeBuyingRole(long buyingContactId) {
    OpportunityContact role =
        opportunities
            .findBuyingContact(buyingContactId)
            .orElseThrow(() -> new BusinessException("opportunity.buyingRoleGone"));
    visible(role.getOpportunity().getId());
    opportunities.removeBuyingContact(role);
  }

  private static String personName(Contact person) {
    return person.getFirstName() == null
        ? person.getLastName()
        : person.getFirstName() + " " + person.getLastName();
  }

  private static void ownEstimate(Opportunity opportunity, OpportunityForm form) {
    boolean probabilityOwn =
        form.getProbability() != null && form.getProbability() != opportunity.getProbability();
    boolean categoryOwn =
        form.getForecastCategory() != null
            && form.getForecastCategory() != opportunity.getForecastCategory();
    if (probabilityOwn || categoryOwn) {
      opportunity.estimate(
          form.getProbability() == null ? opportunity.getProbability() : form.getProbability(),
          form.getForecastCategory());
    }
  }

  private Opportunity visible(long id) {
    return scopes.visible(context, opportunities.require(id));
  }

  private Account account(Long id) {
    Account account =
        accounts
            .findById(id)
            .orElseThrow(() -> BusinessException.onField("account", "account.notFound"));
    return scopes.visible(context, account);
  }

  private Contact contact(Long id) {
    if (id == null) {
      return null;
    }
    Contact contact =
        contacts
            .findById(id)
            .orElseThrow(() -> BusinessException.onField("contact", "contact.notFound"));
    return scopes.visible(context, contact);
  }

  private Stage stage(long id) {
    return opportunities
        .findStage(id)
        .orElseThrow(() -> BusinessException.onField("stage", "opportunity.stageNotFound"));
  }

  private static OpportunityForm formOf(Opportunity opportunity) {
    OpportunityForm form = new OpportunityForm();
    form.setId(opportunity.getId());
    form.setVersion(opportunity.getVersion());
    form.setName(opportunity.getName());
    form.setAccountId(opportunity.getAccount().getId());
    form.setAccountName(opportunity.getAccount().getName());
    form.setContactId(opportunity.getContact() == null ? null : opportunity.getContact().getId());
    form.setPipelineId(opportunity.getPipeline().getId());
    form.setStageId(opportunity.getStage().getId());
    form.setAmount(opportunity.getAmount());
    form.setCurrency(opportunity.getCurrency());
    form.setExchangeRate(
        Opportunity.EURO.equals(opportunity.getCurrency()) ? null : opportunity.getExchangeRate());
    form.setProbability(opportunity.getProbability());
    form.setForecastCategory(opportunity.getForecastCategory());
    form.setExpectedClose(opportunity.getExpectedClose());
    form.setNextStep(opportunity.getNextStep());
    form.setCompetitors(opportunity.getCompetitors());
    form.setLostReason(opportunity.getLostReason());
    form.setOwnerId(opportunity.getOwner().getId());
    return form;
  }
}
