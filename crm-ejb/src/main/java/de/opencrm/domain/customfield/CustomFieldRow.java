package de.opencrm.domain.customfield;

import de.opencrm.domain.common.RecordRef;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** A custom field as forms, lists, filters and the administration show it. */
public record CustomFieldRow(
    long id,
    RecordRef.Kind recordKind,
    String fieldKey,
    String labelDe,
    String labelEn,
    CustomFieldType type,
    boolean required,
    boolean listed,
    boolean active,
    int position,
    Integer maxLength,
    BigDecimal minValue,
    BigDecimal maxValue,
    List<String> choices)
    implements Serializable {

  public CustomFieldRow {
    choices = choices == null ? List.of() : List.copyOf(choices);
  }

  public String label(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelDe;
  }

  /** The longest text a text field takes. */
  public int textLimit() {
    return maxLength == null ? CustomValue.MAX_TEXT : maxLength;
  }
}
