package de.opencrm.domain.privacy;

import java.util.List;

/** What the persistence layer stores of a record: its fields, for the processing register. */
public interface DataModel {

  /** A stored field: "lastName", "address.city"; sensitive ones are stored encrypted. */
  record StoredField(String name, boolean sensitive) {}

  /** The fields of the record type that hold data (not ids, versions or search keys). */
  List<StoredField> fieldsOf(Class<?> record);
}
