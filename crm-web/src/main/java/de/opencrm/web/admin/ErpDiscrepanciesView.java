package de.opencrm.web.admin;

import de.opencrm.application.erp.ErpRunService;
import de.opencrm.domain.erp.ErpDiscrepancy;
import de.opencrm.domain.erp.ErpDiscrepancyRepository;
import de.opencrm.web.page.FacesErrors;
import de.opencrm.web.page.PagedLazyDataModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The review of what the ERP reconciliation found: a look-alike company confirmed (the next run
 * gives it the debtor number) or rejected (never proposed again), a conflict kept on the CRM's side
 * or resolved by taking the ERP's value now, a report acknowledged.
 */
@Named
@ViewScoped
public class ErpDiscrepanciesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ErpRunService runs;
  @Inject FacesErrors errors;

  private PagedLazyDataModel<ErpDiscrepancy> model;

  @PostConstruct
  void init() {
    model = PagedLazyDataModel.ofPages(runs::review, ErpDiscrepancy::getId);
    model.getCriteria().put(ErpDiscrepancyRepository.STATUS, ErpDiscrepancy.Status.OPEN.name());
  }

  public void confirm(ErpDiscrepancy discrepancy) {
    decide(discrepancy, true, "erp.review.confirmed");
  }

  public void reject(ErpDiscrepancy discrepancy) {
    decide(discrepancy, false, "erp.review.rejected");
  }

  public void takeErpValue(ErpDiscrepancy discrepancy) {
    try {
      runs.takeErpValue(discrepancy.getId(), discrepancy.getVersion());
      errors.info("erp.review.taken", discrepancy.getErpValue());
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
  }

  private void decide(ErpDiscrepancy discrepancy, boolean confirm, String done) {
    try {
      runs.decide(discrepancy.getId(), confirm, discrepancy.getVersion());
      errors.info(done, discrepancy.getDebtorNumber());
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
  }

  public PagedLazyDataModel<ErpDiscrepancy> getModel() {
    return model;
  }

  public List<ErpDiscrepancy.Kind> getKinds() {
    return List.of(ErpDiscrepancy.Kind.values());
  }

  public List<ErpDiscrepancy.Status> getStatuses() {
    return List.of(ErpDiscrepancy.Status.values());
  }
}
