package de.opencrm.application.audit;

import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.Sensitive;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records that a user read a record holding sensitive personal data (fields marked {@link
 * Sensitive} with a value), when crm.audit.sensitive-reads is on: which fields, never their values.
 */
@ApplicationScoped
public class SensitiveReads {

  @Inject AuditJournal journal;

  @Inject
  @ConfigProperty(name = "crm.audit.sensitive-reads", defaultValue = "false")
  boolean enabled;

  public void read(String recordType, long recordId, AuditLabelled record) {
    if (!enabled) {
      return;
    }
    List<String> fields = sensitiveFieldsWithValue(record);
    if (!fields.isEmpty()) {
      journal.recordRead(recordType, recordId, record.auditLabel(), fields);
    }
  }

  static List<String> sensitiveFieldsWithValue(Object record) {
    List<String> fields = new ArrayList<>();
    for (Class<?> type = record.getClass(); type != null; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (field.isAnnotationPresent(Sensitive.class) && value(field, record) != null) {
          fields.add(field.getName());
        }
      }
    }
    return fields;
  }

  private static Object value(Field field, Object record) {
    try {
      field.setAccessible(true);
      return field.get(record);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + field, e);
    }
  }
}
