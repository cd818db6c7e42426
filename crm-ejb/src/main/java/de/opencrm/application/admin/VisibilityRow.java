package de.opencrm.application.admin;

import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.Visibility;
import java.io.Serializable;

/** One configurable visibility as the permissions page shows and changes it. */
public record VisibilityRow(long id, long version, Area area, Role role, Visibility visibility)
    implements Serializable {}
