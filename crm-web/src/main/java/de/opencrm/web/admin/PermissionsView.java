package de.opencrm.web.admin;

import de.opencrm.application.admin.PermissionService;
import de.opencrm.application.admin.VisibilityRow;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.PermissionMatrix;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.Visibility;
import de.opencrm.web.page.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The permissions page: the role × area matrix the services enforce, read-only, and the visibility
 * of sales and service per area, which the administrator changes here.
 */
@Named
@ViewScoped
public class PermissionsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PermissionService permissions;
  @Inject FacesErrors errors;

  private List<VisibilityRow> visibilities;
  private final Map<Long, String> chosen = new HashMap<>();

  @PostConstruct
  void load() {
    visibilities = permissions.visibilities();
    chosen.clear();
    visibilities.forEach(v -> chosen.put(v.id(), v.visibility().name()));
  }

  public List<Area> getAreas() {
    return List.of(Area.values());
  }

  public List<Role> getRoles() {
    return List.of(Role.values());
  }

  /** The operations of one cell, in matrix order; empty for none. */
  public Set<Operation> operations(Area area, Role role) {
    return PermissionMatrix.operations(role, area);
  }

  public List<VisibilityRow> getVisibilities() {
    return visibilities;
  }

  public List<Visibility> getChoices() {
    return List.of(Visibility.values());
  }

  /** The visibility chosen on the page, by row id, as the name of a {@link Visibility}. */
  public Map<Long, String> getChosen() {
    return chosen;
  }

  /** Saves the visibility chosen for a row at once; a concurrent change shows and reloads. */
  public void change(VisibilityRow row) {
    try {
      permissions.changeVisibility(
          row.id(), row.version(), Visibility.valueOf(chosen.get(row.id())));
      errors.info("permissions.visibilitySaved");
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
    load();
  }
}
