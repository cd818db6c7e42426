package de.opencrm.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BusinessExceptionTest {

  @Test
  void aStringArgumentIsAnArgumentNotAFieldName() {
    BusinessException refusal = new BusinessException("error.concurrentEdit", "admin");
    assertThat(refusal.getMessageKey()).isEqualTo("error.concurrentEdit");
    assertThat(refusal.getField()).isNull();
    assertThat(refusal.getArguments()).containsExactly("admin");
  }

  @Test
  void aFieldRefusalNamesItsField() {
    BusinessException refusal =
        BusinessException.onField("username", "user.usernameTaken", "sales");
    assertThat(refusal.getField()).isEqualTo("username");
    assertThat(refusal.getMessageKey()).isEqualTo("user.usernameTaken");
    assertThat(refusal.getArguments()).containsExactly("sales");
  }
}
