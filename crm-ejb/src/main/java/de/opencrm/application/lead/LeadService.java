package de.opencrm.application.lead;

import de.opencrm.application.common.CallerAccess;
import de.opencrm.application.common.CompanyTime;
import de.opencrm.application.common.RecordScopes;
import de.opencrm.application.common.Stamp;
import de.opencrm.application.lead.prediction.LeadPredictionService;
import de.opencrm.application.lead.routing.LeadRoutingService;
import de.opencrm.application.lead.scoring.LeadScoringService;
import de.opencrm.domain.account.Address;
import de.opencrm.domain.account.PostalCodes;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.lead.Lead;
import de.opencrm.domain.lead.LeadFunnel;
import de.opencrm.domain.lead.LeadOrigin;
import de.opencrm.domain.lead.LeadPerson;
import de.opencrm.domain.lead.LeadRepository;
import de.opencrm.domain.lead.LeadRow;
import de.opencrm.domain.lead.LeadStatus;
import de.opencrm.domain.lead.StatusReason;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * Leads: sales, marketing and administrators (and integrations through the API) list, enter and
 * work on them; a new lead is routed to its owner at once. Sales change their own, their team's and
 * unassigned leads, marketing all (see LeadAccess); what a user may not see is "not found".
 */
@Stateless
@Permission(area = Area.LEADS, operation = Operation.READ)
@RolesAllowed({
  Role.Names.SALES,
  Role.Names.MANAGER,
  Role.Names.MARKETING,
  Role.Names.ADMIN,
  Role.Names.INTEGRATION
})
public class LeadService {

  /** The owner criterion for the caller's own leads. */
  public static final String MINE = "me";

  @Inject LeadRepository leads;
  @Inject UserRepository users;
  @Inject LeadRoutingService routing;
  @Inject LeadScoringService scoring;
  @Inject LeadPredictionService prediction;
  @Inject LeadGuard guard;
  @Inject RecordScopes scopes;
  @Inject CompanyTime time;
  @Resource SessionContext context;

  /** A page of leads; the owner criterion "me" stands for the caller. */
  public Page<LeadRow> listLeads(@NotNull PageRequest request) {
    PageRequest asked =
        MINE.equals(request.criterion(LeadRepository.OWNER))
            ? request.withCriterion(
                LeadRepository.OWNER, String.valueOf(CallerAccess.caller(context, users).getId()))
            : request;
    return leads.list(asked, scopes.of(context, Area.LEADS));
  }

  /** How far this year's leads got, per source (as far as the caller sees them). */
  public List<LeadFunnel.Stage> funnelThisYear() {
    Instant since = time.today().withDayOfYear(1).atStartOfDay(time.zone()).toInstant();
    return LeadFunnel.of(leads.countBySourceAndStatus(since, scopes.of(context, Area.LEADS)));
  }

  public LeadDetail loadLead(long id) {
    Lead lead = visible(id);
    return LeadDetail.of(lead, CallerAccess.caller(context, users).getUsername(), mayEdit(lead));
  }

  /** Enters a lead by hand and routes it. */
  @Permission(area = Area.LEADS, operation = Operation.CREATE)
  public LeadCreated createLead(@NotNull @Valid LeadForm form) {
    if (!PostalCodes.fits(form.getCountry(), form.getPostalCode())) {
      throw BusinessException.onField("postalCode", "account.postalCodeInvalid", form.getCountry());
    }
    Stamp stamp = Stamp.of(context);
    Lead lead =
        new Lead(
            new LeadPerson(
                form.getFirstName(),
                form.getLastName(),
                form.getEmail(),
                form.getPhone(),
                form.getJobTitle(),
                form.getLanguage()),
            new LeadOrigin(form.getSource(), stamp.at()));
    lead.describeCompany(
        form.getCompany(),
        form.getIndustry(),
        form.getCompanySize(),
        new Address(
            form.getStreet(),
            form.getPostalCode(),
            form.getCity(),
            form.getState(),
            form.getCountry()));
    lead.leaveMessage(form.getMessage());
    lead.recordCreation(stamp.user(), stamp.at());
    // scored and routed before it is stored: every read comes before the first write, so the
    // audit journal's chain head is locked only for the commit, not through the reads
    scoring.scoreLead(lead);
    prediction.predictLead(lead);
    routing.routeLead(lead);
    leads.add(lead);
    return new LeadCreated(
        lead.getId(),
        lead.getOwner() == null ? null : lead.getOwner().getDisplayName(),
        sees(lead));
  }

  /** Moves a lead on (working, disqualified with a reason, recycled, ...). */
  @Permission(area = Area.LEADS, operation = Operation.EDIT)
  public void changeStatus(
      long id,
      long version,
      @NotNull LeadStatus next,
      StatusReason reason,
      @Size(max = 500) String note) {
    Lead lead = editable(id, version);
    lead.moveTo(next, reason, note);
    touch(lead);
  }

  /** The caller takes a lead: it becomes theirs. */
  @Permission(area = Area.LEADS, operation = Operation.EDIT)
  public void takeLead(long id, long version) {
    Lead lead = editable(id, version);
    lead.assignTo(CallerAccess.caller(context, users));
    touch(lead);
  }

  /** Routes the lead again by today's rules and people. */
  @Permission(area = Area.LEADS, operation = Operation.EDIT)
  public void rerouteLead(long id, long version) {
    Lead lead = editable(id, version);
    routing.routeLead(lead);
    touch(lead);
  }

  private Lead visible(long id) {
    return guard.visible(context, id);
  }

  private boolean sees(Lead lead) {
    return guard.sees(context, lead);
  }

  private Lead editable(long id, long version) {
    return guard.editable(context, id, version);
  }

  private boolean mayEdit(Lead lead) {
    return guard.mayEdit(context, lead);
  }

  private void touch(Lead lead) {
    Stamp stamp = Stamp.of(context);
    lead.recordModification(stamp.user(), stamp.at());
  }
}
