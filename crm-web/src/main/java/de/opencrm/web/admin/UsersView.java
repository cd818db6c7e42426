package de.opencrm.web.admin;

import de.opencrm.application.admin.TeamAdministrationService;
import de.opencrm.application.admin.TeamOption;
import de.opencrm.application.admin.UserAdministrationService;
import de.opencrm.application.admin.UserForm;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.UserRow;
import de.opencrm.web.page.FacesErrors;
import de.opencrm.web.page.PagedLazyDataModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/** The administrator's user list with the dialog to create and edit a user. */
@Named
@ViewScoped
public class UsersView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "userForm";

  @Inject UserAdministrationService users;
  @Inject TeamAdministrationService teams;
  @Inject FacesErrors errors;

  private PagedLazyDataModel<UserRow> model;
  private List<TeamOption> teamOptions;
  private UserForm form = new UserForm();
  private String temporaryPassword;
  private String temporaryPasswordFor;

  @PostConstruct
  void init() {
    model =
        new PagedLazyDataModel<>(
            users::listUsers, request -> users.countUsers(request.filter()), UserRow::id);
    teamOptions = teams.listTeams();
  }

  public void startNew() {
    form = new UserForm();
  }

  public void startEdit(UserRow row) {
    try {
      form = users.loadUser(row.id());
    } catch (RuntimeException e) {
      errors.show(e, FORM);
    }
  }

  public void save() {
    try {
      if (form.isNew()) {
        users.createUser(form);
        errors.info("user.created", form.getUsername());
      } else {
        users.updateUser(form);
        errors.info("user.saved", form.getUsername());
      }
      PrimeFaces.current().executeScript("PF('userDialog').hide()");
    } catch (RuntimeException e) {
      errors.show(e, FORM);
    }
  }

  public void deactivate(UserRow row) {
    changeActive(row, false);
  }

  public void activate(UserRow row) {
    changeActive(row, true);
  }

  private void changeActive(UserRow row, boolean active) {
    try {
      UserForm current = users.loadUser(row.id());
      if (active) {
        users.activateUser(row.id(), current.getVersion());
      } else {
        users.deactivateUser(row.id(), current.getVersion());
      }
      errors.info(active ? "user.activated" : "user.deactivated", row.username());
    } catch (RuntimeException e) {
      errors.show(e, FORM);
    }
  }

  public void resetPassword() {
    try {
      temporaryPassword = users.resetPassword(form.getId(), form.getVersion());
      temporaryPasswordFor = form.getUsername();
      form = users.loadUser(form.getId());
      PrimeFaces.current().executeScript("PF('userDialog').hide();PF('passwordDialog').show()");
    } catch (RuntimeException e) {
      errors.show(e, FORM);
    }
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public PagedLazyDataModel<UserRow> getModel() {
    return model;
  }

  public List<TeamOption> getTeamOptions() {
    return teamOptions;
  }

  public UserForm getForm() {
    return form;
  }

  public String getTemporaryPassword() {
    return temporaryPassword;
  }

  public String getTemporaryPasswordFor() {
    return temporaryPasswordFor;
  }
}
