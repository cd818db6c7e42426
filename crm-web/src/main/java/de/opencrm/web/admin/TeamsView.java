package de.opencrm.web.admin;

import de.opencrm.application.admin.TeamAdministrationService;
import de.opencrm.application.admin.TeamOption;
import de.opencrm.web.page.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/** The administrator's team list: create a team, rename one. */
@Named
@ViewScoped
public class TeamsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "teamForm";

  @Inject TeamAdministrationService teams;
  @Inject FacesErrors errors;

  private List<TeamOption> rows;
  private Long editedId;

  @NotBlank
  @Size(max = 100)
  private String name;

  @Size(max = 500)
  private String description;

  @PostConstruct
  void load() {
    rows = teams.listTeams();
  }

  public void startNew() {
    editedId = null;
    name = null;
    description = null;
  }

  public void startEdit(TeamOption team) {
    editedId = team.id();
    name = team.name();
    description = team.description();
  }

  public void save() {
    try {
      if (editedId == null) {
        teams.createTeam(name, description);
      } else {
        teams.renameTeam(editedId, name, description);
      }
      errors.info("team.saved", name);
      load();
      PrimeFaces.current().executeScript("PF('teamDialog').hide()");
    } catch (RuntimeException e) {
      errors.show(e, FORM);
    }
  }

  public List<TeamOption> getRows() {
    return rows;
  }

  public boolean isNew() {
    return editedId == null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
