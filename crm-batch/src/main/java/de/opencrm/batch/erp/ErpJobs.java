package de.opencrm.batch.erp;

import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.common.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

  /** The job parameter naming who started an execution, for the monitor. */
  public static final String STARTED_BY = "startedBy";

  /** The job parameter for the records applied in one transaction (crm.erp.chunk-size). */
  public static final String CHUNK_SIZE = "chunkSize";

  /**
   * The job parameter for the partitions a step's records are applied in side by side
   * (crm.erp.partitions).
   */
  public static final String PARTITIONS = "partitions";

  /** Who started the scheduled runs. */
  public static final String NIGHTLY = "nightly";

  /** Records applied in one transaction: fewer commits and look-ups, still a small one. */
  @Inject
  @ConfigProperty(name = "crm.erp.chunk-size", defaultValue = "5000")
  int chunkSize;

  /**
   * Partitions a step's records are applied in side by side: about the cores the server and the
   * database may spend on the run (at most {@link ErpPartitions#MAX}).
   */
  @Inject
  @ConfigProperty(name = "crm.erp.partitions", defaultValue = "2")
  int partitions;

  @Resource SessionContext context;

  /**
   * Starts a run over the named files of the inbound folder (all of them when none are named);
   * returns its execution, or -1 when a run is going on already.
   */
  public long start(List<String> files) {
    return start(files, context.getCallerPrincipal().getName());
  }

  /** Starts the night's run over all files of the inbound folder; -1 when one is going on. */
  public long startNightly() {
    return start(List.of(), NIGHTLY);
  }

  private long start(List<String> files, String startedBy) {
    if (isRunning()) {
      return -1;
    }
    Properties parameters = new Properties();
    parameters.setProperty("files", String.join(",", files));
    parameters.setProperty(STARTED_BY, startedBy);
    parameters.setProperty(CHUNK_SIZE, Integer.toString(chunkSize));
    parameters.setProperty(PARTITIONS, Integer.toString(partitions));
    return BatchRuntime.getJobOperator().start(JOB, parameters);
  }

  /**
   * Asks a running execution to stop: the chunk under way is finished, then the step ends; the run
   * can be restarted from that checkpoint.
   */
  public void stop(long execution) {
    try {
      BatchRuntime.getJobOperator().stop(execution);
    } catch (JobExecutionNotRunningException e) {
      throw new BusinessException("erp.job.notRunning");
    }
  }

  /**
   * Restarts a stopped or failed run from its last checkpoint, with the files it had; returns the
   * new execution, or -1 when another run is going on.
   */
  public long restart(long execution) {
    if (isRunning()) {
      return -1;
    }
    JobOperator operator = BatchRuntime.getJobOperator();
    try {
      Properties parameters = new Properties();
      Properties before = operator.getJobExecution(execution).getJobParameters();
      if (before != null) {
        parameters.putAll(before);
      }
      parameters.setProperty(STARTED_BY, context.getCallerPrincipal().getName());
      return operator.restart(execution, parameters);
    } catch (JobRestartException | JobExecutionNotMostRecentException e) {
      throw new BusinessException("erp.job.notRestartable");
    } catch (JobExecutionAlreadyCompleteException e) {
      throw new BusinessException("erp.job.alreadyComplete");
    }
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
