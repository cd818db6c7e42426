package de.opencrm.application;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.application.account.AccountService;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.PermissionMatrix;
import de.opencrm.domain.admin.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the roles the container enforces ({@code @RolesAllowed}) equal to the permission matrix for
 * every service method that names its cell with {@link Permission}.
 */
class ServicePermissionsTest {

  @Test
  void everyGuardedServiceMethodAllowsExactlyTheRolesOfItsMatrixCell() throws Exception {
    List<String> differences = new ArrayList<>();
    int checked = 0;
    for (Class<?> service : services()) {
      for (Method method : service.getDeclaredMethods()) {
        Permission permission = permissionOf(method);
        if (!Modifier.isPublic(method.getModifiers())
            || method.isSynthetic()
            || permission == null
            || method.isAnnotationPresent(PermitAll.class)) {
          continue;
        }
        RolesAllowed allowed =
            method.isAnnotationPresent(RolesAllowed.class)
                ? method.getAnnotation(RolesAllowed.class)
                : service.getAnnotation(RolesAllowed.class);
        Set<String> enforced =
            allowed == null ? Set.of() : new TreeSet<>(Arrays.asList(allowed.value()));
        Set<String> granted =
            PermissionMatrix.rolesFor(permission.area(), permission.operation()).stream()
                .map(Role::name)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!enforced.equals(granted)) {
          differences.add(
              service.getSimpleName()
                  + "."
                  + method.getName()
                  + " "
                  + permission.area()
                  + "/"
                  + permission.operation()
                  + ": @RolesAllowed "
                  + enforced
                  + ", matrix "
                  + granted);
        }
        checked++;
      }
    }
    assertThat(differences).isEmpty();
    // the scan found the services: accounts, contacts, activities, documents, audit, admin ...
    assertThat(checked).isGreaterThan(50);
  }

  private static Permission permissionOf(Method method) {
    Permission own = method.getAnnotation(Permission.class);
    return own != null ? own : method.getDeclaringClass().getAnnotation(Permission.class);
  }

  private static List<Class<?>> services() throws Exception {
    Path classes =
        Path.of(AccountService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path application = classes.resolve("de/opencrm/application");
    List<Class<?>> services = new ArrayList<>();
    try (Stream<Path> files = Files.walk(application)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.');
        Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()));
        if (type.isAnnotationPresent(Stateless.class)
            || type.isAnnotationPresent(Singleton.class)) {
          services.add(type);
        }
      }
    }
    return services;
  }
}
