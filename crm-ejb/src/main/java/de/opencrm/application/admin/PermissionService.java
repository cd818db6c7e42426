package de.opencrm.application.admin;

import de.opencrm.application.common.Stamp;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.AreaVisibility;
import de.opencrm.domain.admin.AreaVisibilityRepository;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.Visibility;
import de.opencrm.domain.common.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The record-level visibility of sales and service per area, which administrators change on the
 * permissions page. The role grants themselves are the {@code PermissionMatrix} in the code.
 */
@Permission(area = Area.ADMIN, operation = Operation.READ)
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class PermissionService {

  @Inject AreaVisibilityRepository visibilities;
  @Resource SessionContext context;

  public List<VisibilityRow> visibilities() {
    return visibilities.findAll().stream()
        .map(
            v ->
                new VisibilityRow(
                    v.getId(), v.getVersion(), v.getArea(), v.getRole(), v.getVisibility()))
        .toList();
  }

  /** Changes what users of the row's role see in its area; the audit journal records it. */
  @Permission(area = Area.ADMIN, operation = Operation.EDIT)
  public void changeVisibility(long id, long version, @NotNull Visibility visibility) {
    AreaVisibility setting =
        visibilities
            .findById(id)
            .orElseThrow(() -> new BusinessException("permissions.visibilityNotFound"));
    setting.requireVersion(version);
    setting.show(visibility);
    Stamp stamp = Stamp.of(context);
    setting.recordModification(stamp.user(), stamp.at());
  }
}
