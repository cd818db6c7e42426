package de.opencrm.domain.customfield;

import de.opencrm.domain.common.RecordRef;
import java.util.List;
import java.util.Optional;

/** The custom fields of companies and people. */
public interface CustomFieldRepository {

  Optional<CustomField> findById(long id);

  /** All fields of a kind of record, active or not, in their order. */
  List<CustomField> forKind(RecordRef.Kind kind);

  boolean keyTaken(RecordRef.Kind kind, String fieldKey);

  /** How many records hold a value for the field. */
  long valueCount(CustomField field);

  CustomField add(CustomField field);

  void remove(CustomField field);
}
