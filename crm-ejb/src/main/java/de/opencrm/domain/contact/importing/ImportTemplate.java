package de.opencrm.domain.contact.importing;

import de.opencrm.domain.admin.User;
import de.opencrm.domain.common.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A user's saved column mapping: which header of a file feeds which field, so the next export of
 * the same program maps itself, whatever order its columns come in.
 */
@Entity
@Table(name = "crm_import_template")
public class ImportTemplate extends AuditedEntity {

  public static final int MAX_NAME = 60;

  @Id
  @SequenceGenerator(
      name = "crm_import_template_seq",
      sequenceName = "crm_import_template_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_import_template_seq")
  private Long id;

  @Column(nullable = false, length = MAX_NAME)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "owner_id", nullable = false)
  private User owner;

  @Column(nullable = false, length = 4000)
  private String mapping;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ImportTarget target;

  protected ImportTemplate() {}

  public ImportTemplate(String name, User owner, ImportTarget target) {
    this.name = name.strip();
    this.owner = owner;
    this.target = target;
  }

  /** Keeps the fields by header (a skipped column maps to null). */
  public void keep(List<String> headers, ColumnMapping columns) {
    List<ImportField> fields = columns.fields();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < headers.size(); i++) {
      ImportField field = i < fields.size() ? fields.get(i) : null;
      String header = headers.get(i).replace('\t', ' ').replace('\n', ' ');
      lines.append(header).append('\t').append(field == null ? "" : field.name()).append('\n');
    }
    this.mapping = lines.toString();
  }

  /**
   * The mapping for a file with these headers: known headers as saved, others as guessed for the
   * template's target (unless a saved column feeds that field).
   */
  public ColumnMapping applyTo(List<String> headers) {
    Map<String, String> byHeader = new LinkedHashMap<>();
    for (String line : mapping.split("\n")) {
      int tab = line.indexOf('\t');
      if (tab >= 0) {
        byHeader.put(
            line.substring(0, tab).strip().toLowerCase(Locale.ROOT), line.substring(tab + 1));
      }
    }
    List<ImportField> fields = new ArrayList<>();
    for (String header : headers) {
      String saved = byHeader.get(header.strip().toLowerCase(Locale.ROOT));
      fields.add(saved == null || saved.isEmpty() ? null : known(saved));
    }
    // a guess never takes a field a saved column feeds already
    List<ImportField> guessed = ColumnMapping.guess(headers, target).fields();
    for (int i = 0; i < headers.size(); i++) {
      boolean unsaved = !byHeader.containsKey(headers.get(i).strip().toLowerCase(Locale.ROOT));
      if (unsaved && guessed.get(i) != null && !fields.contains(guessed.get(i))) {
        fields.set(i, guessed.get(i));
      }
    }
    return new ColumnMapping(fields);
  }

  /** A saved field this version still has for the target, else null (the column is skipped). */
  private ImportField known(String saved) {
    try {
      ImportField field = ImportField.valueOf(saved);
      return field.feeds(target) ? field : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public ImportTarget getTarget() {
    return target;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public User getOwner() {
    return owner;
  }
}
