package de.opencrm.web.duplicate;

import de.opencrm.application.duplicate.DuplicateScanService;
import de.opencrm.batch.duplicate.DuplicateScanJobs;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.duplicate.DuplicatePairRow;
import de.opencrm.web.page.FacesErrors;
import de.opencrm.web.page.PagedLazyDataModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;

/**
 * The review of what the duplicate scan found: people and companies in pairs, likeliest first, each
 * merged (in the merge wizard of people or companies) or dismissed; the scan can be started from
 * here.
 */
@Named
@ViewScoped
public class DuplicatesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject DuplicateScanService scan;
  @Inject DuplicateScanJobs jobs;
  @Inject FacesErrors errors;

  private PagedLazyDataModel<DuplicatePairRow> people;
  private PagedLazyDataModel<DuplicatePairRow> companies;

  public PagedLazyDataModel<DuplicatePairRow> getPeople() {
    if (people == null) {
      DuplicateScanService service = scan;
      people =
          PagedLazyDataModel.ofPages(
              request -> service.openPairs(RecordRef.Kind.CONTACT, request), DuplicatePairRow::id);
    }
    return people;
  }

  public PagedLazyDataModel<DuplicatePairRow> getCompanies() {
    if (companies == null) {
      DuplicateScanService service = scan;
      companies =
          PagedLazyDataModel.ofPages(
              request -> service.openPairs(RecordRef.Kind.ACCOUNT, request), DuplicatePairRow::id);
    }
    return companies;
  }

  public void startScan() {
    if (jobs.startScan()) {
      errors.info("duplicates.scanStarted");
    } else {
      errors.info("duplicates.scanRunning");
    }
  }

  public boolean isRunning() {
    return jobs.isRunning();
  }

  public Instant getLastFinished() {
    return jobs.lastFinished().orElse(null);
  }

  public void dismiss(DuplicatePairRow pair) {
    try {
      scan.dismissPair(pair.id(), pair.version());
      errors.info("duplicates.dismissed", pair.firstName(), pair.secondName());
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
  }

  /** "Same e-mail address, similar name": the reasons in the user's language. */
  public String reasons(DuplicatePairRow pair) {
    return String.join(
        ", ", pair.reasons().stream().map(r -> errors.text(r.messageKey())).toList());
  }
}
