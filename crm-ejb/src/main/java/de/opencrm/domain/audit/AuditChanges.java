package de.opencrm.domain.audit;

import static de.opencrm.domain.common.JsonTexts.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The changed fields of an audit entry as it stores them: a JSON array of {"field", "before",
 * "after"}, values cut to {@link #MAX_VALUE} characters so one long note cannot crowd out the rest.
 */
public final class AuditChanges {

  public static final int MAX_VALUE = 300;

  /** The field name that stands for changes left out for want of room. */
  public static final String MORE = "…";

  private AuditChanges() {}

  /**
   * The JSON text of at most {@code maxLength} characters, or null when nothing changed. Changes
   * that do not fit any more are left out and a last field {@link #MORE} says so.
   */
  public static String write(List<FieldChange> changes, int maxLength) {
    if (changes.isEmpty()) {
      return null;
    }
    List<JsonObject> objects = new ArrayList<>();
    for (FieldChange change : changes) {
      JsonObjectBuilder object = JSON.createObjectBuilder().add("field", change.field());
      add(object, "before", change.before());
      add(object, "after", change.after());
      objects.add(object.build());
    }
    JsonObject more = JSON.createObjectBuilder().add("field", MORE).build();
    for (int kept = objects.size(); kept >= 0; kept--) {
      JsonArrayBuilder array = JSON.createArrayBuilder();
      objects.subList(0, kept).forEach(array::add);
      if (kept < objects.size()) {
        array.add(more);
      }
      String text = array.build().toString();
      if (text.length() <= maxLength) {
        return text;
      }
    }
    throw new IllegalArgumentException("no room for changes in " + maxLength + " characters");
  }

  /** The changes a stored text holds. */
  public static List<FieldChange> read(String text) {
    List<FieldChange> changes = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return changes;
    }
    try (JsonReader reader = JSON.createReader(new StringReader(text))) {
      for (JsonValue value : reader.readArray()) {
        JsonObject object = value.asJsonObject();
        changes.add(
            new FieldChange(
                object.getString("field"),
                object.getString("before", null),
                object.getString("after", null)));
      }
    }
    return changes;
  }

  private static void add(JsonObjectBuilder object, String name, String value) {
    if (value == null) {
      object.addNull(name);
    } else {
      object.add(name, value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) + "…" : value);
    }
  }
}
