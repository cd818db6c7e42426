package de.opencrm.domain.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface AreaVisibilityRepository {

  /** Every configured visibility, in the order the administration page shows them. */
  List<AreaVisibility> findAll();

  Optional<AreaVisibility> findById(long id);

  /** What users of each configured role see in the area; a role not named sees everything. */
  Map<Role, Visibility> visibilities(Area area);
}
