package de.opencrm.application.admin;

import de.opencrm.application.common.Stamp;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.Team;
import de.opencrm.domain.admin.TeamRepository;
import de.opencrm.domain.common.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Teams users belong to; administrators create and rename them, everyone who assigns work may list
 * them.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class TeamAdministrationService {

  @Inject TeamRepository teams;
  @Resource SessionContext context;

  @RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.MANAGER,
    Role.Names.SALES,
    Role.Names.SERVICE,
    Role.Names.MARKETING
  })
  public List<TeamOption> listTeams() {
    return teams.listAll().stream()
        .map(t -> new TeamOption(t.getId(), t.getName(), t.getDescription()))
        .toList();
  }

  @Permission(area = Area.ADMIN, operation = Operation.CREATE)
  public long createTeam(
      @NotBlank @Size(max = 100) String name, @Size(max = 500) String description) {
    if (teams.findByName(name).isPresent()) {
      throw BusinessException.onField("name", "team.nameTaken", name.strip());
    }
    Stamp stamp = Stamp.of(context);
    Team team = new Team(name, description);
    team.recordCreation(stamp.user(), stamp.at());
    return teams.add(team).getId();
  }

  @Permission(area = Area.ADMIN, operation = Operation.EDIT)
  public void renameTeam(
      long id, @NotBlank @Size(max = 100) String name, @Size(max = 500) String description) {
    Team team = teams.findById(id).orElseThrow(() -> new BusinessException("team.notFound"));
    teams
        .findByName(name)
        .filter(other -> !other.getId().equals(id))
        .ifPresent(
            other -> {
              throw BusinessException.onField("name", "team.nameTaken", name.strip());
            });
    Stamp stamp = Stamp.of(context);
    team.rename(name, description);
    team.recordModification(stamp.user(), stamp.at());
  }
}
