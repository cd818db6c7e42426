package de.opencrm.web.format;

import static de.opencrm.domain.common.JsonTexts.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * A Chart.js bar chart as p:chart takes it: labels along the axis, one dataset per series, drawn at
 * once (no motion for people who get dizzy from it, no work while a page changes).
 */
public final class BarChart {

  private BarChart() {}

  /** One series of bars in one colour. */
  public static JsonObjectBuilder series(
      String label, String color, List<? extends Number> values) {
    JsonArrayBuilder data = JSON.createArrayBuilder();
    values.forEach(
        v -> {
          if (v instanceof BigDecimal d) {
            data.add(d);
          } else {
            data.add(v.longValue());
          }
        });
    return JSON.createObjectBuilder()
        .add("label", label)
        .add("backgroundColor", color)
        .add("data", data);
  }

  /**
   * The chart's configuration.
   *
   * @param stacked whether the series stand on each other rather than side by side
   * @param counts whether the values are counts (whole numbers on the axis)
   */
  public static String of(
      JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean stacked, boolean counts) {
    JsonObjectBuilder y =
        JSON.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true);
    if (counts) {
      y.add("ticks", JSON.createObjectBuilder().add("precision", 0));
    }
    return JSON.createObjectBuilder()
        .add("type", "bar")
        .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            JSON.createObjectBuilder()
                .add("responsive", true)
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    JSON.createObjectBuilder()
                        .add("x", JSON.createObjectBuilder().add("stacked", stacked))
                        .add("y", y)))
        .build()
        .toString();
  }
}
