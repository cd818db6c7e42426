package de.opencrm.domain.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RoleTest {

  @Test
  void everyAnnotationConstantNamesExactlyOneRole() throws IllegalAccessException {
    var constants =
        Arrays.stream(Role.Names.class.getDeclaredFields())
            .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
            .toList();
    assertThat(constants).hasSize(Role.values().length);
    for (Field constant : constants) {
      assertThat(constant.get(null)).isEqualTo(constant.getName());
      assertThat(Role.valueOf(constant.getName())).isNotNull();
    }
  }
}
