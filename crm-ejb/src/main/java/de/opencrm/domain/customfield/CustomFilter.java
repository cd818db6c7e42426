package de.opencrm.domain.customfield;

import de.opencrm.domain.common.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A list restricted by one custom field: text fields contain the text, choice and yes/no fields
 * equal the value, number and date fields lie in a range whose ends may be open ("10..", "..20").
 * The list's criterion "customField" names the field, "customValue" holds the value as written
 * here.
 */
public record CustomFilter(
    CustomFieldRow field,
    String text,
    Boolean flag,
    BigDecimal fromNumber,
    BigDecimal toNumber,
    LocalDate fromDate,
    LocalDate toDate) {

  public static final String FIELD = "customField";
  public static final String VALUE = "customValue";
  private static final String RANGE = "..";

  /** The filter a criterion value stands for; empty when it restricts nothing or is not valid. */
  public static Optional<CustomFilter> parse(CustomFieldRow field, String value) {
    String raw = Texts.trimToNull(value);
    if (field == null || raw == null) {
      return Optional.empty();
    }
    try {
      return switch (field.type()) {
        case TEXT, CHOICE ->
            Optional.of(new CustomFilter(field, raw, null, null, null, null, null));
        case YES_NO ->
            raw.equals("true") || raw.equals("false")
                ? Optional.of(
                    new CustomFilter(field, null, Boolean.valueOf(raw), null, null, null, null))
                : Optional.empty();
        case NUMBER -> {
          String[] ends = ends(raw);
          BigDecimal from = ends[0] == null ? null : new BigDecimal(ends[0]);
          BigDecimal to = ends[1] == null ? null : new BigDecimal(ends[1]);
          yield from == null && to == null
              ? Optional.empty()
              : Optional.of(new CustomFilter(field, null, null, from, to, null, null));
        }
        case DATE -> {
          String[] ends = ends(raw);
          LocalDate from = ends[0] == null ? null : LocalDate.parse(ends[0]);
          LocalDate to = ends[1] == null ? null : LocalDate.parse(ends[1]);
          yield from == null && to == null
              ? Optional.empty()
              : Optional.of(new CustomFilter(field, null, null, null, null, from, to));
        }
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The criterion value for a range; null when both ends are open. */
  public static String range(Object from, Object to) {
    if (from == null && to == null) {
      return null;
    }
    return (from == null ? "" : plain(from)) + RANGE + (to == null ? "" : plain(to));
  }

  private static String plain(Object end) {
    return end instanceof BigDecimal number ? number.toPlainString() : end.toString();
  }

  private static String[] ends(String raw) {
    int at = raw.indexOf(RANGE);
    if (at < 0) {
      return new String[] {raw, raw};
    }
    return new String[] {
      Texts.trimToNull(raw.substring(0, at)), Texts.trimToNull(raw.substring(at + RANGE.length()))
    };
  }
}
