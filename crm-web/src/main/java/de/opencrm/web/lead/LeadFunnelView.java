package de.opencrm.web.lead;

import static de.opencrm.domain.common.JsonTexts.JSON;

import de.opencrm.application.lead.LeadService;
import de.opencrm.domain.lead.LeadFunnel;
import de.opencrm.web.format.BarChart;
import de.opencrm.web.page.FacesErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The lead funnel on the start page: per source, this year's leads and how many reached MQL, SQL
 * and conversion, as a bar chart (Chart.js through PrimeFaces) and as the table it is drawn from.
 */
@Named
@RequestScoped
public class LeadFunnelView {

  @Inject LeadService leads;
  @Inject FacesErrors errors;

  private List<LeadFunnel.Stage> stages;

  public List<LeadFunnel.Stage> getStages() {
    if (stages == null) {
      stages = leads.funnelThisYear();
    }
    return stages;
  }

  /** The source's name, or "all sources" for the sum. */
  public String sourceName(LeadFunnel.Stage stage) {
    return stage.source() == null
        ? errors.text("funnel.all")
        : errors.text("leadSource." + stage.source());
  }

  /** Chart.js configuration: one group of bars per source, one bar per funnel stage. */
  public String getChart() {
    List<LeadFunnel.Stage> bySource = getStages().stream().filter(s -> s.source() != null).toList();
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    bySource.forEach(s -> labels.add(sourceName(s)));
    JsonArrayBuilder datasets =
        JSON.createArrayBuilder()
            .add(series("funnel.captured", "#9fb3c8", bySource, LeadFunnel.Stage::captured))
            .add(series("funnel.mql", "#3e7cb1", bySource, LeadFunnel.Stage::mql))
            .add(series("funnel.sql", "#1e3a5f", bySource, LeadFunnel.Stage::sql))
            .add(series("funnel.converted", "#1b6e3a", bySource, LeadFunnel.Stage::converted));
    return BarChart.of(labels, datasets, false, true);
  }

  private JsonObjectBuilder series(
      String label,
      String color,
      List<LeadFunnel.Stage> stages,
      ToLongFunction<LeadFunnel.Stage> count) {
    return BarChart.series(
        errors.text(label), color, stages.stream().map(s -> count.applyAsLong(s)).toList());
  }
}
