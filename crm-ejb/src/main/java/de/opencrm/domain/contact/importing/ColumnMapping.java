package de.opencrm.domain.contact.importing;

import de.opencrm.domain.common.BusinessException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which field each CSV column feeds (null: the column is left out). A mapping needs the last name
 * and feeds each field from one column at most.
 */
public final class ColumnMapping implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<ImportField> fields;

  public ColumnMapping(List<ImportField> fields) {
    this.fields = new ArrayList<>(fields);
  }

  /** The mapping the headers suggest; a header seen twice feeds only its first column. */
  public static ColumnMapping guess(List<String> headers) {
    Set<ImportField> used = EnumSet.noneOf(ImportField.class);
    List<ImportField> guessed = new ArrayList<>();
    for (String header : headers) {
      ImportField field = ImportField.ofHeader(header).filter(used::add).orElse(null);
      guessed.add(field);
    }
    return new ColumnMapping(guessed);
  }

  /** Refuses a mapping without a last name or with a field fed twice. */
  public void check() {
    Set<ImportField> seen = EnumSet.noneOf(ImportField.class);
    for (ImportField field : fields) {
      if (field != null && !seen.add(field)) {
        throw new BusinessException("import.fieldTwice", "import.field." + field.name());
      }
    }
    if (!seen.contains(ImportField.LAST_NAME)) {
      throw new BusinessException("import.needsLastName");
    }
  }

  /** The cell of a row that feeds the field, or null. */
  public String valueOf(List<String> row, ImportField field) {
    int column = fields.indexOf(field);
    return column < 0 || column >= row.size() ? null : row.get(column);
  }

  public boolean feeds(ImportField field) {
    return fields.contains(field);
  }

  public List<ImportField> fields() {
    return new ArrayList<>(fields);
  }
}
