package de.opencrm.domain.admin;

import java.util.List;
import java.util.Optional;

public interface AreaVisibilityRepository {

  /** Every configured visibility, in the order the administration page shows them. */
  List<AreaVisibility> findAll();

  Optional<AreaVisibility> findById(long id);

  /** What users of the role see in the area; everything when nothing is configured. */
  Visibility visibility(Area area, Role role);
}
