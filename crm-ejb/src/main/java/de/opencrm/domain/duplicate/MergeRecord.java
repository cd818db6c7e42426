package de.opencrm.domain.duplicate;

import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Erasable;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.customfield.CustomValue;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * One merge of two duplicates: which record survived, which went into it, the survivor's values the
 * merge replaced and the related rows it moved — everything an undo needs. Created by = who merged,
 * when.
 */
@Entity
@Table(name = "crm_merge")
public class MergeRecord extends AuditedEntity implements Erasable {

  @Id
  @SequenceGenerator(name = "crm_merge_seq", sequenceName = "crm_merge_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_merge_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private RecordRef.Kind kind;

  @Column(name = "survivor_id", nullable = false)
  private long survivorId;

  @Column(name = "merged_id", nullable = false)
  private long mergedId;

  /** The survivor's replaced values as properties text, field name = value; "" = was empty. */
  @Column(name = "survivor_before", length = 20000)
  private String survivorBefore;

  /** The survivor's version right after the merge: a later edit makes the undo unsafe. */
  @Column(name = "survivor_version", nullable = false)
  private long survivorVersion;

  @Column(name = "undone_at")
  private Instant undoneAt;

  @Column(name = "undone_by", length = 40)
  private String undoneBy;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "crm_merge_moved", joinColumns = @JoinColumn(name = "merge_id"))
  private Set<MovedRow> moved = new HashSet<>();

  private static final String CUSTOM = "custom.";

  /** Set while the record is deleted with a person's erasure; never stored. */
  @Transient private boolean erased;

  protected MergeRecord() {}

  /** Marks the record as going with a person's erasure: it holds their data as it was. */
  public void eraseWithPerson() {
    this.erased = true;
  }

  @Override
  public boolean isErased() {
    return erased;
  }

  public MergeRecord(RecordRef.Kind kind, long survivorId, long mergedId) {
    this.kind = kind;
    this.survivorId = survivorId;
    this.mergedId = mergedId;
  }

  /**
   * Keeps the survivor's replaced values: its fields' (field name = value, "" = was empty) and its
   * custom values' ({@value #CUSTOM}field id.text|number|date|flag = value).
   */
  public void replaced(Map<? extends Enum<?>, String> before, Map<Long, CustomValue> custom) {
    Properties properties = new Properties();
    before.forEach(
        (field, value) -> properties.setProperty(field.name(), value == null ? "" : value));
    custom.forEach(
        (field, value) -> {
          String key = CUSTOM + field + ".";
          put(properties, key + "text", value.getText());
          put(properties, key + "number", value.getNumber());
          put(properties, key + "date", value.getDate());
          put(properties, key + "flag", value.getFlag());
        });
    StringWriter text = new StringWriter();
    try {
      properties.store(text, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    survivorBefore = text.toString().replaceFirst("^#.*\\R", "");
  }

  private static void put(Properties properties, String key, Object value) {
    if (value != null) {
      properties.setProperty(key, value.toString());
    }
  }

  /** The survivor's field values the merge replaced; a field mapped to null was empty. */
  public <F extends Enum<F>> Map<F, String> survivorBefore(Class<F> fields) {
    Map<F, String> before = new EnumMap<>(fields);
    before()
        .forEach(
            (field, value) -> {
              if (!field.startsWith(CUSTOM)) {
                before.put(Enum.valueOf(fields, field), value.equals("") ? null : value);
              }
            });
    return before;
  }

  /** The survivor's custom values the merge replaced with the duplicate's, by field id. */
  public Map<Long, CustomValue> customBefore() {
    Map<Long, Map<String, String>> parts = new HashMap<>();
    before()
        .forEach(
            (key, value) -> {
              if (key.startsWith(CUSTOM)) {
                String[] idAndPart = key.substring(CUSTOM.length()).split("\\.", 2);
                parts
                    .computeIfAbsent(Long.valueOf(idAndPart[0]), id -> new HashMap<>())
                    .put(idAndPart[1], value);
              }
            });
    Map<Long, CustomValue> custom = new HashMap<>();
    parts.forEach(
        (field, part) ->
            custom.put(
                field,
                CustomValue.held(
                    part.get("text"),
                    part.containsKey("number") ? new BigDecimal(part.get("number")) : null,
                    part.containsKey("date") ? LocalDate.parse(part.get("date")) : null,
                    part.containsKey("flag") ? Boolean.valueOf(part.get("flag")) : null)));
    return custom;
  }

  private Map<String, String> before() {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(survivorBefore == null ? "" : survivorBefore));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> before = new HashMap<>();
    properties.forEach((key, value) -> before.put((String) key, (String) value));
    return before;
  }

  public void moved(MovedRow row) {
    moved.add(row);
  }

  public void survivorSavedAt(long version) {
    survivorVersion = version;
  }

  /** Refuses an undo of an undone merge, or one whose survivor was changed since. */
  public void requireUndoable(long survivorVersionNow) {
    if (undoneAt != null) {
      throw new BusinessException("merge.alreadyUndone");
    }
    if (survivorVersionNow != survivorVersion) {
      throw new BusinessException("merge.changedSince");
    }
  }

  public void undo(String user, Instant at) {
    undoneAt = at;
    undoneBy = user;
  }

  public Long getId() {
    return id;
  }

  public RecordRef.Kind getKind() {
    return kind;
  }

  public long getSurvivorId() {
    return survivorId;
  }

  public long getMergedId() {
    return mergedId;
  }

  public long getSurvivorVersion() {
    return survivorVersion;
  }

  public Instant getUndoneAt() {
    return undoneAt;
  }

  public Set<MovedRow> getMoved() {
    return Set.copyOf(moved);
  }
}
