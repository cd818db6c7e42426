package de.opencrm.application.common;

import de.opencrm.domain.account.Account;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.AreaVisibilityRepository;
import de.opencrm.domain.admin.RecordScope;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.Team;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.admin.Visibility;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.contact.Contact;
import de.opencrm.domain.opportunity.Opportunity;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The records of an area the calling user may see (see {@link RecordScope}). Services pass their
 * session context, which knows the caller and the roles the container gave them. A record outside
 * the scope is "not found", so its existence is not given away.
 */
@ApplicationScoped
public class RecordScopes {

  @Inject UserRepository users;
  @Inject AreaVisibilityRepository visibilities;

  public RecordScope of(SessionContext context, Area area) {
    User caller = CallerAccess.caller(context, users);
    Map<Role, Visibility> configured = visibilities.visibilities(area);
    return RecordScope.of(
        roles(context),
        area,
        caller.getId(),
        teamId(caller.getTeam()),
        role -> configured.getOrDefault(role, Visibility.ALL));
  }

  /** The account, when the caller may see it. */
  public Account visible(SessionContext context, Account account) {
    if (!sees(context, Area.ACCOUNTS, account.getOwner(), account.getTeam())) {
      throw new BusinessException("account.notFound");
    }
    return account;
  }

  /** The contact, when the caller may see it. */
  public Contact visible(SessionContext context, Contact contact) {
    if (!sees(context, Area.CONTACTS, contact.getOwner(), contact.getTeam())) {
      throw new BusinessException("contact.notFound");
    }
    return contact;
  }

  /** The opportunity, when the caller may see it. */
  public Opportunity visible(SessionContext context, Opportunity opportunity) {
    if (!sees(context, Area.OPPORTUNITIES, opportunity.getOwner(), opportunity.getTeam())) {
      throw new BusinessException("opportunity.notFound");
    }
    return opportunity;
  }

  private boolean sees(SessionContext context, Area area, User owner, Team team) {
    return of(context, area).sees(owner.getId(), teamId(team));
  }

  public static Set<Role> roles(SessionContext context) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Arrays.stream(Role.values()).filter(r -> context.isCallerInRole(r.name())).forEach(roles::add);
    return roles;
  }

  private static Long teamId(Team team) {
    return team == null ? null : team.getId();
  }
}
