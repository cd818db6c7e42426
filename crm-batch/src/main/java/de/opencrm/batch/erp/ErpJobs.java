package de.opencrm.batch.erp;

import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Properties;

/**
 * Starts the reconciliation, by hand (administrators, with the files they chose) or by the nightly
 * schedule (its technical identity); the job runs as whoever started it (batch-jberet's security
 * domain, 30-batch.cli), so its @RolesAllowed services see that identity.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.INTEGRATION})
@Permission(area = Area.ERP, operation = Operation.EDIT)
public class ErpJobs {

  public static final String JOB = "erp-reconciliation";

  /**
   * Starts a run over the named files of the inbound folder (all of them when none are named);
   * returns its execution, or -1 when a run is going on already.
   */
  public long start(List<String> files) {
    if (isRunning()) {
      return -1;
    }
    Properties parameters = new Properties();
    parameters.setProperty("files", String.join(",", files));
    return BatchRuntime.getJobOperator().start(JOB, parameters);
  }

  /** How an execution stands: its batch status and exit status (as far as it has one). */
  public String status(long execution) {
    JobExecution found = BatchRuntime.getJobOperator().getJobExecution(execution);
    return found.getBatchStatus()
        + (found.getExitStatus() == null ? "" : "/" + found.getExitStatus());
  }

  /** The run (job instance) of an execution. */
  public long runOf(long execution) {
    return BatchRuntime.getJobOperator().getJobInstance(execution).getInstanceId();
  }

  public boolean isRunning() {
    try {
      return !BatchRuntime.getJobOperator().getRunningExecutions(JOB).isEmpty();
    } catch (NoSuchJobException e) {
      return false;
    }
  }
}
