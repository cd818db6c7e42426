package de.opencrm.domain.customfield;

import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.common.SearchText;
import de.opencrm.domain.common.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A field an administrator adds to every company or every person: its labels in German and English,
 * its type and the rules a value must keep (required, length, range, the choices).
 *
 * <p>Longer than 300 lines on purpose: a field's definition and the check of every value against
 * its type, options and limits belong together; a value checked elsewhere could disagree with the
 * definition.
 */
@Entity
@Table(name = "crm_custom_field")
public class CustomField extends AuditedEntity {

  public static final int MAX_LABEL = 60;
  public static final int MAX_CHOICES = 50;
  public static final int MAX_CHOICE = 100;
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");

  @Id
  @SequenceGenerator(
      name = "crm_custom_field_seq",
      sequenceName = "crm_custom_field_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_custom_field_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "record_kind", nullable = false, length = 20, updatable = false)
  private RecordRef.Kind recordKind;

  /** The technical name, stable for exports and interfaces ("contract_end"). */
  @Column(name = "field_key", nullable = false, length = 40, updatable = false)
  private String fieldKey;

  @Column(name = "label_de", nullable = false, length = MAX_LABEL)
  private String labelDe;

  @Column(name = "label_en", nullable = false, length = MAX_LABEL)
  private String labelEn;

  @Enumerated(EnumType.STRING)
  @Column(name = "field_type", nullable = false, length = 20)
  private CustomFieldType type;

  @Column(nullable = false)
  private boolean required;

  /** Whether the lists show the field as a column. */
  @Column(nullable = false)
  private boolean listed;

  @Column(nullable = false)
  private boolean active = true;

  @Column(nullable = false)
  private int position;

  @Column(name = "max_length")
  private Integer maxLength;

  @Column(name = "min_value", precision = 19, scale = 4)
  private BigDecimal minValue;

  @Column(name = "max_value", precision = 19, scale = 4)
  private BigDecimal maxValue;

  /** The choices of a single-choice field, one per line, in the order offered. */
  @Column(length = 5200)
  private String choices;

  protected CustomField() {}

  public CustomField(RecordRef.Kind recordKind, String fieldKey, CustomFieldType type) {
    if (recordKind == null || type == null) {
      throw new IllegalArgumentException("kind and type are required");
    }
    String key = fieldKey == null ? "" : fieldKey.strip();
    if (!KEY.matcher(key).matches()) {
      throw BusinessException.onField("fieldKey", "customField.keyInvalid");
    }
    this.recordKind = recordKind;
    this.fieldKey = key;
    this.type = type;
  }

  /** A technical key from a label: "Vertragsende 2." becomes "vertragsende_2". */
  public static String keyFor(String label) {
    String folded =
        SearchText.fold(label == null ? "" : label)
            .replaceAll("[^a-z0-9]+", "_")
            .replaceAll("^_+|_+$", "");
    if (folded.isEmpty() || !Character.isLetter(folded.charAt(0))) {
      folded = "f_" + folded;
    }
    return folded.length() > 40 ? folded.substring(0, 40).replaceAll("_+$", "") : folded;
  }

  /** Names and places the field; labels are required in both languages. */
  public void describe(String newLabelDe, String newLabelEn, int newPosition, boolean isListed) {
    String de = Texts.trimToNull(newLabelDe);
    String en = Texts.trimToNull(newLabelEn);
    if (de == null) {
      throw BusinessException.onField("labelDe", "customField.labelRequired");
    }
    if (en == null) {
      throw BusinessException.onField("labelEn", "customField.labelRequired");
    }
    if (de.length() > MAX_LABEL || en.length() > MAX_LABEL) {
      throw BusinessException.onField("labelDe", "customField.labelTooLong", MAX_LABEL);
    }
    this.labelDe = de;
    this.labelEn = en;
    this.position = newPosition;
    this.listed = isListed;
  }

  /**
   * The rules a value keeps. Only those fitting the type are kept: a length for text, a range for
   * numbers, the choices (at least one, no two alike) for a single-choice field.
   */
  public void rules(
      boolean isRequired,
      Integer newMaxLength,
      BigDecimal newMin,
      BigDecimal newMax,
      List<String> newChoices) {
    this.required = isRequired;
    this.maxLength = null;
    this.minValue = null;
    this.maxValue = null;
    this.choices = null;
    switch (type) {
      case TEXT -> {
        if (newMaxLength != null && (newMaxLength < 1 || newMaxLength > CustomValue.MAX_TEXT)) {
          throw BusinessException.onField(
              "maxLength", "customField.maxLengthRange", CustomValue.MAX_TEXT);
        }
        this.maxLength = newMaxLength;
      }
      case NUMBER -> {
        if (newMin != null && newMax != null && newMin.compareTo(newMax) > 0) {
          throw BusinessException.onField("maxValue", "customField.rangeReversed");
        }
        this.minValue = newMin;
        this.maxValue = newMax;
      }
      case CHOICE -> this.choices = String.join("\n", checkedChoices(newChoices));
      default -> {
        // dates and yes/no have no further rules
      }
    }
  }

  private static List<String> checkedChoices(List<String> given) {
    List<String> kept = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String choice : given == null ? List.<String>of() : given) {
      String c = Texts.trimToNull(choice);
      if (c == null) {
        continue;
      }
      if (c.length() > MAX_CHOICE) {
        throw BusinessException.onField("choices", "customField.choiceTooLong", c, MAX_CHOICE);
      }
      if (!seen.add(c.toLowerCase(Locale.ROOT))) {
        throw BusinessException.onField("choices", "customField.choiceTwice", c);
      }
      kept.add(c);
    }
    if (kept.isEmpty()) {
      throw BusinessException.onField("choices", "customField.choicesRequired");
    }
    if (kept.size() > MAX_CHOICES) {
      throw BusinessException.onField("choices", "customField.tooManyChoices", MAX_CHOICES);
    }
    return kept;
  }

  /** A field no longer offered keeps its values but leaves forms, lists and exports. */
  public void activate(boolean isActive) {
    this.active = isActive;
  }

  /** A field's type changes only while no record holds a value for it (checked by the caller). */
  public void retype(CustomFieldType newType) {
    this.type = newType;
  }

  /**
   * Refuses a value this field does not accept, with the message shown at {@code formField}; the
   * message's first argument is the field's label.
   */
  public void check(CustomValue value, String formField) {
    String label = labelDe;
    if (value == null || value.isEmpty()) {
      if (required) {
        throw BusinessException.onField(formField, "customField.missing", label);
      }
      return;
    }
    switch (type) {
      case TEXT -> {
        int limit = maxLength == null ? CustomValue.MAX_TEXT : maxLength;
        if (value.getText().length() > limit) {
          throw BusinessException.onField(formField, "customField.tooLong", label, limit);
        }
      }
      case NUMBER -> {
        if (minValue != null && value.getNumber().compareTo(minValue) < 0) {
          throw BusinessException.onField(formField, "customField.belowMin", label, minValue);
        }
        if (maxValue != null && value.getNumber().compareTo(maxValue) > 0) {
          throw BusinessException.onField(formField, "customField.aboveMax", label, maxValue);
        }
        if (value.getNumber().abs().compareTo(new BigDecimal("1E15")) >= 0
            || value.getNumber().stripTrailingZeros().scale() > 4) {
          throw BusinessException.onField(formField, "customField.numberTooPrecise", label);
        }
      }
      case CHOICE -> {
        if (!choiceList().contains(value.getText())) {
          throw BusinessException.onField(
              formField, "customField.unknownChoice", label, value.getText());
        }
      }
      default -> {
        // any date, yes or no
      }
    }
  }

  /** What lists, forms and filters need to know of the field, detached from the database. */
  public CustomFieldRow row() {
    return new CustomFieldRow(
        id,
        recordKind,
        fieldKey,
        labelDe,
        labelEn,
        type,
        required,
        listed,
        active,
        position,
        maxLength,
        minValue,
        maxValue,
        choiceList());
  }

  public String label(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelDe;
  }

  public List<String> choiceList() {
    return choices == null || choices.isEmpty() ? List.of() : List.of(choices.split("\n"));
  }

  public Long getId() {
    return id;
  }

  public RecordRef.Kind getRecordKind() {
    return recordKind;
  }

  public String getFieldKey() {
    return fieldKey;
  }

  public String getLabelDe() {
    return labelDe;
  }

  public String getLabelEn() {
    return labelEn;
  }

  public CustomFieldType getType() {
    return type;
  }

  public boolean isRequired() {
    return required;
  }

  public boolean isListed() {
    return listed;
  }

  public boolean isActive() {
    return active;
  }

  public int getPosition() {
    return position;
  }

  public Integer getMaxLength() {
    return maxLength;
  }

  public BigDecimal getMinValue() {
    return minValue;
  }

  public BigDecimal getMaxValue() {
    return maxValue;
  }
}
