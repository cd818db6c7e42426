package de.opencrm.domain.contact.importing;

import de.opencrm.domain.common.BusinessException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which field each CSV column feeds (null: the column is left out). A mapping of people needs the
 * last name, one of companies the company's name; each field is fed from one column at most.
 */
public final class ColumnMapping implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<ImportField> fields;

  public ColumnMapping(List<ImportField> fields) {
    this.fields = new ArrayList<>(fields);
  }

  /** The mapping the headers suggest; a header seen twice feeds only its first column. */
  public static ColumnMapping guess(List<String> headers, ImportTarget target) {
    Set<ImportField> used = EnumSet.noneOf(ImportField.class);
    List<ImportField> guessed = new ArrayList<>();
    for (String header : headers) {
      ImportField field = ImportField.ofHeader(header, target).filter(used::add).orElse(null);
      guessed.add(field);
    }
    return new ColumnMapping(guessed);
  }

  /**
   * Refuses a mapping without the name the target needs, with a field the target does not have or
   * with a field fed twice.
   */
  public void check(ImportTarget target) {
    Set<ImportField> seen = EnumSet.noneOf(ImportField.class);
    for (ImportField field : fields) {
      if (field != null && !field.feeds(target)) {
        throw new BusinessException("import.fieldNotHere", "import.field." + field.name());
      }
      if (field != null && !seen.add(field)) {
        throw new BusinessException("import.fieldTwice", "import.field." + field.name());
      }
    }
    if (target == ImportTarget.PEOPLE && !seen.contains(ImportField.LAST_NAME)) {
      throw new BusinessException("import.needsLastName");
    }
    if (target == ImportTarget.COMPANIES && !seen.contains(ImportField.COMPANY)) {
      throw new BusinessException("import.needsCompanyName");
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
