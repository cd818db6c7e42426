package de.opencrm.integration.disclosure;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Labels and values of a {@link Disclosure} as a reader sees them, in their language and time zone.
 * Labels are looked up under a prefix ("disclosure" for a subject access export, "register" for the
 * processing register): "&lt;prefix&gt;.title", ".intro", ".createdAt", ".section.&lt;key&gt;",
 * ".field.&lt;name&gt;", ".none", ".yes", ".no" and ".value.&lt;NAME&gt;" for an enum constant
 * (shown by its name when there is none). {@code labels} returns the key itself for a missing one.
 */
public final class DisclosureText {

  private final Function<String, String> labels;
  private final String prefix;
  private final Locale locale;
  private final DateTimeFormatter dates;
  private final DateTimeFormatter times;

  public DisclosureText(
      Function<String, String> labels, String prefix, Locale locale, ZoneId zone) {
    this.labels = labels;
    this.prefix = prefix;
    this.locale = locale;
    this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    this.times =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(zone);
  }

  /** The label of a part, e.g. label("title") or label("section.consents"). */
  public String label(String part) {
    return labels.apply(prefix + "." + part);
  }

  public String field(String name) {
    return label("field." + name);
  }

  public String section(String key) {
    return label("section." + key);
  }

  public String time(Instant instant) {
    return times.format(instant);
  }

  /** A value as text; a list one item per line. */
  public String value(Object value) {
    if (value instanceof Boolean flag) {
      return label(flag ? "yes" : "no");
    }
    if (value instanceof LocalDate date) {
      return dates.format(date);
    }
    if (value instanceof Instant instant) {
      return times.format(instant);
    }
    if (value instanceof BigDecimal || value instanceof Long || value instanceof Integer) {
      return NumberFormat.getInstance(locale).format(value);
    }
    if (value instanceof Enum<?> constant) {
      String key = prefix + ".value." + constant.name();
      String label = labels.apply(key);
      return key.equals(label) ? constant.name() : label;
    }
    if (value instanceof List<?> list) {
      return String.join("\n", list.stream().map(this::value).toList());
    }
    return String.valueOf(value);
  }
}
