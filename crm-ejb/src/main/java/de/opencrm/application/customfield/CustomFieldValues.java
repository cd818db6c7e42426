package de.opencrm.application.customfield;

import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.customfield.CustomField;
import de.opencrm.domain.customfield.CustomFieldRepository;
import de.opencrm.domain.customfield.CustomFieldRow;
import de.opencrm.domain.customfield.CustomValue;
import de.opencrm.domain.customfield.CustomizedRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Brings the custom fields of companies and people to their forms and back: the active fields in
 * their order, each with what the record holds; on save each changed value is checked by its field
 * and kept, an empty one removed.
 */
@ApplicationScoped
public class CustomFieldValues {

  /** The form's repeat of custom entries, as the client ids of their inputs start. */
  public static final String FORM_PREFIX = "custom";

  @Inject CustomFieldRepository fields;

  /** The active fields of a kind with what the record holds; a new record (null) holds nothing. */
  public List<CustomEntry> entriesOf(RecordRef.Kind kind, CustomizedRecord record) {
    Map<Long, CustomValue> held = record == null ? Map.of() : record.customValues();
    return active(kind).stream().map(f -> new CustomEntry(f.row(), held.get(f.getId()))).toList();
  }

  /**
   * Keeps the entered values on the record. Entries missing from the list leave their field as it
   * is; a value is checked when it changed, and a required field is checked even when it did not.
   */
  public void apply(RecordRef.Kind kind, List<CustomEntry> entries, CustomizedRecord record) {
    Map<Long, CustomField> byId =
        active(kind).stream().collect(Collectors.toMap(CustomField::getId, Function.identity()));
    for (int i = 0; i < entries.size(); i++) {
      CustomEntry entry = entries.get(i);
      CustomField field = byId.get(entry.getField().id());
      if (field == null) {
        continue;
      }
      CustomValue value = entry.value();
      CustomValue held = record.customValues().get(field.getId());
      if (value.isEmpty() || !value.equals(held)) {
        field.check(value, FORM_PREFIX + ":" + i + ":" + entry.inputId());
      }
      record.holdCustomValue(field.getId(), value);
    }
  }

  /** The values of a row in the order of the kind's active fields, as exports write them. */
  public static List<Object> cells(
      List<CustomFieldRow> active, Map<Long, CustomValue> values, Locale locale) {
    return active.stream()
        .map(
            f -> {
              CustomValue v = values.get(f.id());
              Object cell = v == null ? null : v.of(f.type());
              if (cell instanceof BigDecimal number) {
                return number.stripTrailingZeros();
              }
              return cell instanceof Boolean b ? yesNo(b, locale) : cell;
            })
        .toList();
  }

  /** "ja"/"nein", or "yes"/"no" for English readers. */
  static String yesNo(boolean flag, Locale locale) {
    boolean english = locale != null && "en".equals(locale.getLanguage());
    if (english) {
      return flag ? "yes" : "no";
    }
    return flag ? "ja" : "nein";
  }

  private List<CustomField> active(RecordRef.Kind kind) {
    return fields.forKind(kind).stream().filter(CustomField::isActive).toList();
  }
}
