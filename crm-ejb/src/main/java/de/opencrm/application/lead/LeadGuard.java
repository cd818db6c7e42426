package de.opencrm.application.lead;

import de.opencrm.application.common.CallerAccess;
import de.opencrm.application.common.RecordScopes;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.lead.Lead;
import de.opencrm.domain.lead.LeadAccess;
import de.opencrm.domain.lead.LeadRepository;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Which leads the caller of a lead service may see and change: a lead nobody has yet is there for
 * everyone who works on leads; otherwise the caller's record scope decides, and LeadAccess who may
 * change it. What the caller may not see is "not found".
 */
@ApplicationScoped
public class LeadGuard {

  @Inject LeadRepository leads;
  @Inject UserRepository users;
  @Inject RecordScopes scopes;

  public Lead visible(SessionContext context, long id) {
    Lead lead = leads.findById(id).orElseThrow(() -> new BusinessException("lead.notFound"));
    if (!sees(context, lead)) {
      throw new BusinessException("lead.notFound");
    }
    return lead;
  }

  public boolean sees(SessionContext context, Lead lead) {
    User owner = lead.getOwner();
    return owner == null
        || scopes
            .of(context, Area.LEADS)
            .sees(owner.getId(), lead.getTeam() == null ? null : lead.getTeam().getId());
  }

  /** The lead in the version the caller edited, refused when it is not theirs to change. */
  public Lead editable(SessionContext context, long id, long version) {
    Lead lead = visible(context, id);
    lead.requireVersion(version);
    if (!mayEdit(context, lead)) {
      throw new BusinessException("lead.notYours", lead.getOwner().getDisplayName());
    }
    return lead;
  }

  public boolean mayEdit(SessionContext context, Lead lead) {
    User me = CallerAccess.caller(context, users);
    return LeadAccess.mayEdit(
        me.getUsername(),
        me.getTeam() == null ? null : me.getTeam().getId(),
        RecordScopes.roles(context),
        lead.getOwner() == null ? null : lead.getOwner().getUsername(),
        lead.getTeam() == null ? null : lead.getTeam().getId());
  }
}
