package de.opencrm.web.privacy;

import de.opencrm.application.privacy.RetentionService;
import de.opencrm.application.privacy.RetentionService.RuleRow;
import de.opencrm.application.privacy.RetentionService.RunRow;
import de.opencrm.domain.privacy.RetentionRepository.CandidateRow;
import de.opencrm.domain.privacy.RetentionRun;
import de.opencrm.web.page.FacesErrors;
import de.opencrm.web.page.PagedLazyDataModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Retention ("Löschfristen"): the rules, a run's proposal to review and approve or discard, and the
 * past runs as the deletion log.
 */
@Named
@ViewScoped
public class RetentionView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RetentionService retention;
  @Inject FacesErrors errors;

  private List<RuleRow> rules;
  private final Map<Long, Integer> months = new HashMap<>();
  private final Map<Long, Boolean> active = new HashMap<>();
  private List<RunRow> runs;
  private RunRow shown;
  private PagedLazyDataModel<CandidateRow> candidates;

  public List<RuleRow> getRules() {
    if (rules == null) {
      rules = retention.rules();
      rules.forEach(
          r -> {
            months.put(r.id(), r.months());
            active.put(r.id(), r.active());
          });
    }
    return rules;
  }

  public void saveRule(RuleRow rule) {
    try {
      retention.configureRule(
          rule.id(), rule.version(), active.get(rule.id()), months.get(rule.id()));
      errors.info("retention.ruleSaved");
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
    rules = null;
  }

  public void propose() {
    try {
      long run = retention.proposeRun();
      runs = null;
      show(run);
      errors.info("retention.proposed", shown == null ? 0 : shown.candidates());
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
  }

  public void carryOut() {
    try {
      RunRow done = retention.carryOut(shown.id(), shown.version());
      errors.info("retention.carriedOut", done.carriedOut(), done.skipped());
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
    refresh();
  }

  public void discard() {
    try {
      retention.discard(shown.id(), shown.version());
      errors.info("retention.discarded");
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
    refresh();
  }

  private void refresh() {
    long id = shown.id();
    runs = null;
    show(id);
  }

  /** Shows a run's candidates: the open proposal, or a past run's deletion log. */
  public void show(long runId) {
    shown = getRuns().stream().filter(r -> r.id() == runId).findFirst().orElse(null);
    RetentionService service = retention;
    candidates =
        shown == null
            ? null
            : PagedLazyDataModel.ofPages(
                request -> service.candidates(runId, request), CandidateRow::id);
  }

  public List<RunRow> getRuns() {
    if (runs == null) {
      runs = retention.runs();
      if (shown == null) {
        runs.stream()
            .filter(r -> r.status() == RetentionRun.Status.PROPOSED)
            .findFirst()
            .ifPresent(r -> show(r.id()));
      }
    }
    return runs;
  }

  public boolean isOpen() {
    return shown != null && shown.status() == RetentionRun.Status.PROPOSED;
  }

  public RunRow getShown() {
    return shown;
  }

  public PagedLazyDataModel<CandidateRow> getCandidates() {
    return candidates;
  }

  public Map<Long, Integer> getMonths() {
    return months;
  }

  public Map<Long, Boolean> getActive() {
    return active;
  }
}
