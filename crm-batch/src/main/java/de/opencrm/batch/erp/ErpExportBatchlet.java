package de.opencrm.batch.erp;

import de.opencrm.application.erp.ErpExportService;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/**
 * The run's last step: the CRM's new customers for the ERP into the outbound folder (rewritten
 * whole when the step is restarted).
 */
@Named
@Dependent
public class ErpExportBatchlet extends AbstractBatchlet {

  private static final Logger LOG = Logger.getLogger(ErpExportBatchlet.class.getName());

  @Inject ErpExportService reconciliation;
  @Inject JobContext job;

  @Override
  public String process() {
    long run = ErpRun.of(job);
    int written = reconciliation.exportNewCustomers(run);
    LOG.info("ERP run " + run + ": " + written + " new customers left for the ERP");
    return "EXPORTED";
  }
}
