package de.opencrm.web.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordElResolverTest {

  record Row(String username, int logins) {}

  private final RecordElResolver resolver = new RecordElResolver();

  /** A bare context: the resolver under test is the only one asked. */
  private static ELContext context() {
    return new ELContext() {
      @Override
      public ELResolver getELResolver() {
        return null;
      }

      @Override
      public FunctionMapper getFunctionMapper() {
        return null;
      }

      @Override
      public VariableMapper getVariableMapper() {
        return null;
      }
    };
  }

  @Test
  void readsRecordComponentsAsProperties() {
    ELContext context = context();
    assertThat(resolver.getValue(context, new Row("sales", 3), "username")).isEqualTo("sales");
    assertThat(context.isPropertyResolved()).isTrue();
  }

  @Test
  void leavesOtherObjectsAndUnknownNamesToTheNextResolver() {
    ELContext context = context();
    assertThat(resolver.getValue(context, "not a record", "length")).isNull();
    assertThat(resolver.getValue(context, new Row("sales", 3), "password")).isNull();
    assertThat(context.isPropertyResolved()).isFalse();
  }

  @Test
  void recordsAreReadOnly() {
    ELContext context = context();
    assertThat(resolver.isReadOnly(context, new Row("sales", 3), "logins")).isTrue();
    assertThatThrownBy(() -> resolver.setValue(context, new Row("sales", 3), "logins", 4))
        .isInstanceOf(PropertyNotWritableException.class);
  }
}
