package de.opencrm.integration.disclosure;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The disclosure as JSON (Art. 20 DSGVO: structured, commonly used, machine-readable): English
 * field names, dates and instants in ISO 8601, one array per section.
 */
public final class DisclosureJson {

  private DisclosureJson() {}

  public static void write(Disclosure disclosure, OutputStream out) throws IOException {
    JsonObjectBuilder data = Json.createObjectBuilder();
    for (Disclosure.Section section : disclosure.sections()) {
      JsonArrayBuilder records = Json.createArrayBuilder();
      section.records().forEach(record -> records.add(object(record)));
      data.add(section.key(), records);
    }
    JsonObjectBuilder root =
        Json.createObjectBuilder()
            .add("subject", disclosure.subject())
            .add("createdAt", disclosure.createdAt().toString())
            .add("createdBy", disclosure.createdBy())
            .add("data", data);
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    try (JsonWriter writer =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(json)) {
      writer.write(root.build());
    }
    json.writeTo(out);
  }

  private static JsonObjectBuilder object(Map<String, Object> record) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    record.forEach((name, value) -> add(object, name, value));
    return object;
  }

  private static void add(JsonObjectBuilder object, String name, Object value) {
    if (value instanceof Boolean flag) {
      object.add(name, flag);
    } else if (value instanceof Long || value instanceof Integer) {
      object.add(name, ((Number) value).longValue());
    } else if (value instanceof BigDecimal number) {
      object.add(name, number);
    } else if (value instanceof List<?> list) {
      JsonArrayBuilder items = Json.createArrayBuilder();
      list.forEach(item -> items.add(String.valueOf(item)));
      object.add(name, items);
    } else {
      // LocalDate and Instant print as ISO 8601
      object.add(name, String.valueOf(value));
    }
  }
}
