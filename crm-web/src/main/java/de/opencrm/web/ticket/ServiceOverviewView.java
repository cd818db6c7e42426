package de.opencrm.web.ticket;

import static de.opencrm.domain.common.JsonTexts.JSON;

import de.opencrm.application.ticket.report.ServiceFiguresService;
import de.opencrm.application.ticket.report.ServiceOverview;
import de.opencrm.domain.ticket.report.SlaCompliance;
import de.opencrm.web.format.BarChart;
import de.opencrm.web.page.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The service overview: the queues now (open, unassigned, waiting, at risk, missed), and over the
 * chosen period the SLA targets kept, per queue as a chart, and the customers' satisfaction.
 */
@Named
@ViewScoped
public class ServiceOverviewView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ServiceFiguresService figures;
  @Inject FacesErrors errors;

  private int days = 30;
  private ServiceOverview overview;

  @PostConstruct
  void init() {
    load();
  }

  public void load() {
    try {
      overview = figures.overview(days);
    } catch (RuntimeException e) {
      errors.show(e, "periodForm");
    }
  }

  /** Chart.js: per queue the share of solved tickets that kept each target, in percent. */
  public String getChart() {
    List<SlaCompliance> queues =
        overview == null ? List.of() : SlaCompliance.byQueue(overview.compliance());
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    queues.forEach(q -> labels.add(q.queue()));
    JsonArrayBuilder datasets =
        JSON.createArrayBuilder()
            .add(
                series(
                    "serviceFigures.firstResponseKept",
                    "#1e3a5f",
                    queues,
                    SlaCompliance::firstResponseKept))
            .add(
                series(
                    "serviceFigures.resolutionKept",
                    "#1b6e3a",
                    queues,
                    SlaCompliance::resolutionKept));
    return BarChart.of(labels, datasets, false, false);
  }

  private JsonObjectBuilder series(
      String label,
      String color,
      List<SlaCompliance> queues,
      Function<SlaCompliance, BigDecimal> share) {
    return BarChart.series(
        errors.text(label),
        color,
        queues.stream()
            .map(q -> share.apply(q) == null ? BigDecimal.ZERO : share.apply(q))
            .toList());
  }

  public List<Integer> getPeriods() {
    return ServiceFiguresService.PERIODS.stream().sorted().toList();
  }

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = days;
  }

  public ServiceOverview getOverview() {
    return overview;
  }
}
