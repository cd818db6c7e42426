package de.opencrm.web.forecast;

import static de.opencrm.domain.common.JsonTexts.JSON;

import de.opencrm.application.forecast.Forecast;
import de.opencrm.application.forecast.ForecastLine;
import de.opencrm.application.forecast.ForecastService;
import de.opencrm.application.forecast.QuotaService;
import de.opencrm.application.opportunity.OpportunityService;
import de.opencrm.application.opportunity.PipelineOption;
import de.opencrm.domain.admin.UserOption;
import de.opencrm.domain.forecast.ForecastFigures;
import de.opencrm.domain.forecast.ForecastPeriod;
import de.opencrm.domain.forecast.YearToDate;
import de.opencrm.web.format.BarChart;
import de.opencrm.web.page.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.primefaces.PrimeFaces;

/**
 * The forecast page: a quarter or month of a year, per person and team and in all, won and expected
 * by forecast category against the quotas, with a chart of it and year to date against last year.
 * Managers and administrators keep the quotas in a dialog.
 */
@Named
@ViewScoped
public class ForecastView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String QUARTER = "Q";

  @Inject ForecastService forecasts;
  @Inject QuotaService quotas;
  @Inject OpportunityService opportunities;
  @Inject FacesErrors errors;

  private int year;
  private String kind = QUARTER;
  private int number;
  private Long pipelineId;
  private List<PipelineOption> pipelines;
  private Forecast forecast;
  private YearToDate yearToDate;

  private List<UserOption> people;
  private Long quotaUserId;
  private int quotaYear;
  private List<MonthQuota> quotaMonths = new ArrayList<>();

  @PostConstruct
  void init() {
    LocalDate today = LocalDate.now();
    year = today.getYear();
    number = (today.getMonthValue() + 2) / 3;
    quotaYear = year;
    pipelines = opportunities.pipelines();
    refresh();
  }

  /** Reads the forecast of the chosen period again. */
  public void refresh() {
    try {
      if (!QUARTER.equals(kind) && (number < 1 || number > 12)) {
        number = LocalDate.now().getMonthValue();
      }
      if (QUARTER.equals(kind) && (number < 1 || number > 4)) {
        number = 1;
      }
      ForecastPeriod period =
          QUARTER.equals(kind)
              ? ForecastPeriod.quarter(year, number)
              : ForecastPeriod.month(YearMonth.of(year, number));
      forecast = forecasts.forecast(period, pipelineId);
      yearToDate = forecasts.yearToDate();
    } catch (RuntimeException e) {
      forecast = null;
      errors.show(e, null);
    }
  }

  /** Quarter or month chosen: the one today is in, of the chosen year. */
  public void kindChanged() {
    int month = LocalDate.now().getMonthValue();
    number = QUARTER.equals(kind) ? (month + 2) / 3 : month;
    refresh();
  }

  /** The numbers to choose: quarters 1 to 4 or months 1 to 12. */
  public List<Integer> getNumbers() {
    return IntStream.rangeClosed(1, QUARTER.equals(kind) ? 4 : 12).boxed().toList();
  }

  public List<Integer> getYears() {
    int now = LocalDate.now().getYear();
    return IntStream.rangeClosed(now - 3, now + 2).boxed().toList();
  }

  /** Starts the quota dialog (the people a manager or administrator may set quotas for). */
  public void startQuotas() {
    if (people == null) {
      people = quotas.quotaHolders();
    }
    if (quotaUserId == null && !people.isEmpty()) {
      quotaUserId = people.get(0).id();
    }
    loadQuotas();
  }

  public void loadQuotas() {
    try {
      List<BigDecimal> amounts = quotas.quotasOf(quotaUserId, quotaYear);
      quotaMonths = new ArrayList<>();
      for (int m = 0; m < amounts.size(); m++) {
        quotaMonths.add(new MonthQuota(m + 1, amounts.get(m)));
      }
    } catch (RuntimeException e) {
      quotaMonths = new ArrayList<>();
      errors.show(e, "quotaForm");
    }
  }

  public void saveQuotas() {
    try {
      quotas.setQuotas(
          quotaUserId, quotaYear, quotaMonths.stream().map(MonthQuota::getAmount).toList());
      errors.info("forecast.quotasSaved");
      PrimeFaces.current().executeScript("PF('quotaDialog').hide()");
      refresh();
    } catch (RuntimeException e) {
      errors.show(e, "quotaForm");
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  /** Chart.js: per person stacked won, commit, best case and pipeline, the quota as a line. */
  public String getChart() {
    List<ForecastLine> lines = forecast == null ? List.of() : forecast.people();
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    lines.forEach(l -> labels.add(l.name()));
    JsonArrayBuilder datasets =
        JSON.createArrayBuilder()
            .add(bars("forecast.closedWon", "#1b6e3a", lines, ForecastFigures::closedWon))
            .add(bars("forecast.commit", "#1e3a5f", lines, ForecastFigures::commit))
            .add(bars("forecast.bestCase", "#3e7cb1", lines, ForecastFigures::bestCase))
            .add(bars("forecast.pipeline", "#9fb3c8", lines, ForecastFigures::pipeline))
            .add(
                bars("forecast.quota", "#b3261e", lines, ForecastFigures::quota)
                    .add("type", "line")
                    .add("borderColor", "#b3261e")
                    .add("showLine", false)
                    .add("pointStyle", "line")
                    .add("pointRadius", 18)
                    .add("pointBorderWidth", 3));
    return BarChart.of(labels, datasets, true, false);
  }

  /** Chart.js: won per month this year beside last year. */
  public String getYearChart() {
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    java.time.format.TextStyle style = java.time.format.TextStyle.SHORT;
    java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    for (java.time.Month m : java.time.Month.values()) {
      labels.add(m.getDisplayName(style, locale));
    }
    JsonArrayBuilder datasets = JSON.createArrayBuilder();
    if (yearToDate != null) {
      datasets
          .add(
              BarChart.series(
                  errors.text("forecast.lastYear"), "#9fb3c8", yearToDate.monthsLastYear()))
          .add(
              BarChart.series(
                  errors.text("forecast.thisYear"), "#1b6e3a", yearToDate.monthsThisYear()));
    }
    return BarChart.of(labels, datasets, false, false);
  }

  private JsonObjectBuilder bars(
      String label,
      String color,
      List<ForecastLine> lines,
      Function<ForecastFigures, BigDecimal> value) {
    return BarChart.series(
        errors.text(label), color, lines.stream().map(l -> value.apply(l.figures())).toList());
  }

  public Forecast getForecast() {
    return forecast;
  }

  public YearToDate getYearToDate() {
    return yearToDate;
  }

  public List<PipelineOption> getPipelines() {
    return pipelines;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public int getNumber() {
    return number;
  }

  public void setNumber(int number) {
    this.number = number;
  }

  public Long getPipelineId() {
    return pipelineId;
  }

  public void setPipelineId(Long pipelineId) {
    this.pipelineId = pipelineId;
  }

  public List<UserOption> getPeople() {
    return people;
  }

  public Long getQuotaUserId() {
    return quotaUserId;
  }

  public void setQuotaUserId(Long quotaUserId) {
    this.quotaUserId = quotaUserId;
  }

  public int getQuotaYear() {
    return quotaYear;
  }

  public void setQuotaYear(int quotaYear) {
    this.quotaYear = quotaYear;
  }

  public List<MonthQuota> getQuotaMonths() {
    return quotaMonths;
  }

  /** One month's quota as the dialog edits it. */
  public static class MonthQuota implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int month;
    private BigDecimal amount;

    MonthQuota(int month, BigDecimal amount) {
      this.month = month;
      this.amount = amount;
    }

    public int getMonth() {
      return month;
    }

    public BigDecimal getAmount() {
      return amount;
    }

    public void setAmount(BigDecimal amount) {
      this.amount = amount;
    }
  }
}
