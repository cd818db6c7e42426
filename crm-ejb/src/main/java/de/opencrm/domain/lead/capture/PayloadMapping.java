package de.opencrm.domain.lead.capture;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a social network's lead webhook carries each lead field, as the administrator writes it:
 * one line per field, {@code email = /field_data[name=email]/values/0}. A path is a JSON Pointer
 * (RFC 6901) whose steps may also pick the element of a list by one of its members ({@code
 * [name=email]}), as Meta's and LinkedIn's lead forms send their answers as a list of name and
 * values. The field {@code id} names the platform's id of the lead: a repeated delivery of the same
 * lead creates nothing new.
 */
public final class PayloadMapping {

  /** The lead fields a path may fill, as the web-to-lead endpoint reads them, and the lead's id. */
  public static final Set<String> FIELDS =
      Set.of(
          "id",
          "firstName",
          "lastName",
          "name",
          "email",
          "phone",
          "company",
          "jobTitle",
          "industry",
          "street",
          "postalCode",
          "city",
          "country",
          "language",
          "message",
          "utmCampaign");

  /** A mapping for Meta lead ads as most forms ask (full name, e-mail, phone, company, city). */
  public static final String META_LEAD_ADS =
      String.join(
          "\n",
          "id = /leadgen_id",
          "name = /field_data[name=full_name]/values/0",
          "email = /field_data[name=email]/values/0",
          "phone = /field_data[name=phone_number]/values/0",
          "company = /field_data[name=company_name]/values/0",
          "jobTitle = /field_data[name=job_title]/values/0",
          "city = /field_data[name=city]/values/0",
          "postalCode = /field_data[name=zip_code]/values/0",
          "utmCampaign = /campaign_name");

  private static final Pattern LINE = Pattern.compile("\\s*([A-Za-z]+)\\s*=\\s*(\\S+)\\s*");
  private static final Pattern PICK = Pattern.compile("([^\\[\\]]*)\\[([^=\\]]+)=([^\\]]*)\\]");

  private final Map<String, String> paths;

  private PayloadMapping(Map<String, String> paths) {
    this.paths = paths;
  }

  /** A line of the administrator's text that cannot be used, and why (a message key). */
  public record LineError(int line, String text, String reason) {}

  /** The mapping, or what is wrong with the text. */
  public record Parsed(PayloadMapping mapping, List<LineError> errors) {
    public boolean valid() {
      return errors.isEmpty();
    }
  }

  public static Parsed parse(String text) {
    Map<String, String> paths = new LinkedHashMap<>();
    List<LineError> errors = new ArrayList<>();
    String[] lines = text == null ? new String[0] : text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        errors.add(new LineError(i + 1, line.strip(), "webhook.mapping.syntax"));
      } else if (!FIELDS.contains(m.group(1))) {
        errors.add(new LineError(i + 1, line.strip(), "webhook.mapping.unknownField"));
      } else if (!m.group(2).startsWith("/") || !wellFormed(m.group(2))) {
        errors.add(new LineError(i + 1, line.strip(), "webhook.mapping.badPath"));
      } else if (paths.putIfAbsent(m.group(1), m.group(2)) != null) {
        errors.add(new LineError(i + 1, line.strip(), "webhook.mapping.twice"));
      }
    }
    if (errors.isEmpty() && !paths.containsKey("lastName") && !paths.containsKey("name")) {
      errors.add(new LineError(0, "", "webhook.mapping.noName"));
    }
    return new Parsed(errors.isEmpty() ? new PayloadMapping(paths) : null, errors);
  }

  /** The mapping as one line per field, in the order written. */
  public String text() {
    StringBuilder text = new StringBuilder();
    paths.forEach((field, path) -> text.append(field).append(" = ").append(path).append('\n'));
    return text.toString().strip();
  }

  /** Each mapped field's value in the payload; fields the payload does not carry are left out. */
  public Map<String, String> apply(JsonValue payload) {
    Map<String, String> values = new LinkedHashMap<>();
    paths.forEach((field, path) -> at(payload, path).ifPresent(v -> values.put(field, v)));
    return values;
  }

  private static boolean wellFormed(String path) {
    for (String step : path.substring(1).split("/", -1)) {
      if (step.isEmpty() || (step.contains("[") && !PICK.matcher(step).matches())) {
        return false;
      }
    }
    return true;
  }

  private static Optional<String> at(JsonValue root, String path) {
    JsonValue current = root;
    for (String raw : path.substring(1).split("/")) {
      String step = raw.replace("~1", "/").replace("~0", "~");
      Matcher pick = PICK.matcher(step);
      if (pick.matches()) {
        current = member(current, pick.group(1));
        current = element(current, pick.group(2), pick.group(3));
      } else {
        current = member(current, step);
      }
      if (current == null) {
        return Optional.empty();
      }
    }
    return text(current);
  }

  /** A member of an object, an element of a list by its index; an empty name keeps the value. */
  private static JsonValue member(JsonValue value, String name) {
    if (value == null || name.isEmpty()) {
      return value;
    }
    if (value instanceof JsonObject object) {
      return object.get(name);
    }
    if (value instanceof JsonArray array && name.matches("\\d{1,4}")) {
      int index = Integer.parseInt(name);
      return index < array.size() ? array.get(index) : null;
    }
    return null;
  }

  /** The element of a list whose member {@code key} has the text {@code expected}. */
  private static JsonValue element(JsonValue value, String key, String expected) {
    if (!(value instanceof JsonArray array)) {
      return null;
    }
    for (JsonValue element : array) {
      if (element instanceof JsonObject object
          && text(object.get(key)).filter(expected::equals).isPresent()) {
        return element;
      }
    }
    return null;
  }

  private static Optional<String> text(JsonValue value) {
    if (value instanceof JsonString string) {
      return Optional.of(string.getString());
    }
    if (value instanceof JsonNumber number) {
      return Optional.of(number.toString());
    }
    return Optional.empty();
  }
}
