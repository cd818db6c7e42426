package de.opencrm.domain.customfield;

import java.util.Map;

/** A record that carries values of custom fields: companies and people. */
public interface CustomizedRecord {

  /** The record's live values by the id of their field. */
  Map<Long, CustomValue> customValues();

  /** Holds this value in the field from now on; an empty value clears the field. */
  default void holdCustomValue(long fieldId, CustomValue value) {
    if (value == null || value.isEmpty()) {
      customValues().remove(fieldId);
    } else if (!value.equals(customValues().get(fieldId))) {
      customValues().put(fieldId, value);
    }
  }
}
