package de.opencrm.batch.duplicate;

import de.opencrm.domain.admin.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;

/**
 * Starts the duplicate-scan job on demand and tells whether it runs and when it last finished.
 * Started here because the job's XML belongs to this module.
 */
@Stateless
@RolesAllowed({Role.Names.SALES, Role.Names.MANAGER, Role.Names.ADMIN})
public class DuplicateScanJobs {

  public static final String JOB = "duplicate-scan";

  /** Starts a scan unless one runs already; returns whether it started one. */
  public boolean startScan() {
    if (isRunning()) {
      return false;
    }
    BatchRuntime.getJobOperator().start(JOB, new Properties());
    return true;
  }

  public boolean isRunning() {
    try {
      return !BatchRuntime.getJobOperator().getRunningExecutions(JOB).isEmpty();
    } catch (NoSuchJobException e) {
      return false;
    }
  }

  /** When the latest scan that ran to the end finished, if any did. */
  public Optional<Instant> lastFinished() {
    JobOperator operator = BatchRuntime.getJobOperator();
    try {
      // the newest instances come first; a few are enough to find the last completed run
      return operator.getJobInstances(JOB, 0, 5).stream()
          .flatMap(i -> operator.getJobExecutions(i).stream())
          .filter(e -> e.getEndTime() != null && e.getBatchStatus() == BatchStatus.COMPLETED)
          .map(JobExecution::getEndTime)
          .map(Date::toInstant)
          .max(Instant::compareTo);
    } catch (NoSuchJobException e) {
      return Optional.empty();
    }
  }
}
