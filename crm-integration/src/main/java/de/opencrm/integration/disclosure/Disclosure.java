package de.opencrm.integration.disclosure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything stored about one person: sections (the person, consents, journal, ...) of records
 * whose fields keep their order. A field's value is a String, Number, Boolean, LocalDate, Instant
 * or a List of Strings; empty values are left out.
 */
public record Disclosure(
    String subject, Instant createdAt, String createdBy, List<Section> sections) {

  public Disclosure {
    sections = List.copyOf(sections);
  }

  /** One kind of data, e.g. "consents", with its records. */
  public record Section(String key, List<Map<String, Object>> records) {

    public Section {
      records = records.stream().map(Collections::unmodifiableMap).toList();
    }
  }

  /** Collects a record's fields in order, leaving out what is empty. */
  public static final class Fields {

    private final Map<String, Object> values = new LinkedHashMap<>();

    public Fields put(String name, Object value) {
      boolean empty =
          value == null
              || (value instanceof String text && text.isBlank())
              || (value instanceof List<?> list && list.isEmpty());
      if (!empty) {
        values.put(name, value instanceof List<?> list ? new ArrayList<>(list) : value);
      }
      return this;
    }

    public Map<String, Object> map() {
      return new LinkedHashMap<>(values);
    }
  }
}
