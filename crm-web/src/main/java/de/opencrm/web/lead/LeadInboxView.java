package de.opencrm.web.lead;

import de.opencrm.application.lead.capture.WebLeadCaptureService;
import de.opencrm.web.page.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The web-lead inbox for the administrator, on the web forms page: how many accepted submissions
 * still wait to become leads, the ones that failed three times with why, and another try for them.
 */
@Named
@ViewScoped
public class LeadInboxView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject WebLeadCaptureService capture;
  @Inject FacesErrors errors;

  private long waiting;
  private List<WebLeadCaptureService.Failed> failed;

  @PostConstruct
  void init() {
    reload();
  }

  public void reload() {
    waiting = capture.countWaiting();
    failed = capture.failedSubmissions();
  }

  public void retry() {
    try {
      int again = capture.retryFailed();
      errors.info("inbox.retried", again);
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
    reload();
  }

  public long getWaiting() {
    return waiting;
  }

  public List<WebLeadCaptureService.Failed> getFailed() {
    return failed;
  }
}
