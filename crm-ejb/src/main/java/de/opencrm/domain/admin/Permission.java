package de.opencrm.domain.admin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the cell of the {@link PermissionMatrix} a service (its methods by default) or a single
 * method carries out. The container enforces {@code @RolesAllowed}; a unit test keeps each
 * annotated method's {@code @RolesAllowed} equal to the roles the matrix grants for this cell.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Permission {
  Area area();

  Operation operation();
}
