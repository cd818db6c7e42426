package de.opencrm.batch.erp;

import de.opencrm.application.erp.ErpRunService;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.erp.ErpFile;
import de.opencrm.integration.erp.ErpKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What the job monitor shows: the reconciliation's executions from JBeret's job repository, the
 * newest runs first, with the counts of their steps.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.INTEGRATION})
@Permission(area = Area.ERP, operation = Operation.READ)
public class ErpMonitor {

  @Inject ErpRunService runs;

  /** How many runs the job repository holds. */
  public int runCount() {
    try {
      return BatchRuntime.getJobOperator().getJobInstanceCount(ErpJobs.JOB);
    } catch (NoSuchJobException e) {
      return 0;
    }
  }

  /** The executions of a page of runs, newest first (a restarted run has several). */
  public List<ErpExecution> executions(int firstRun, int runs) {
    JobOperator operator = BatchRuntime.getJobOperator();
    List<JobInstance> instances;
    try {
      instances = operator.getJobInstances(ErpJobs.JOB, firstRun, runs);
    } catch (NoSuchJobException e) {
      return List.of();
    }
    List<ErpExecution> shown = new ArrayList<>();
    for (JobInstance instance : instances) {
      List<JobExecution> executions = new ArrayList<>(operator.getJobExecutions(instance));
      executions.sort(Comparator.comparingLong(JobExecution::getExecutionId).reversed());
      long records = records(instance.getInstanceId());
      for (int i = 0; i < executions.size(); i++) {
        shown.add(of(operator, instance, executions.get(i), records, i == 0));
      }
    }
    return shown;
  }

  /** One execution, as the monitor polls it while it runs. */
  public ErpExecution execution(long executionId) {
    JobOperator operator = BatchRuntime.getJobOperator();
    JobInstance instance = operator.getJobInstance(executionId);
    long latest =
        operator.getJobExecutions(instance).stream()
            .mapToLong(JobExecution::getExecutionId)
            .max()
            .orElse(executionId);
    return of(
        operator,
        instance,
        operator.getJobExecution(executionId),
        records(instance.getInstanceId()),
        latest == executionId);
  }

  private long records(long run) {
    return runs.files(run).stream()
        .filter(
            f -> f.getStatus() == ErpFile.Status.CHECKED || f.getStatus() == ErpFile.Status.APPLIED)
        .mapToLong(f -> f.getRecords())
        .sum();
  }

  /** The steps that apply a kind of file, in partitions. */
  private static final Map<String, ErpKind> STEP_KINDS =
      Map.of(
          "debtors",
          ErpKind.DEBTORS,
          "invoices",
          ErpKind.INVOICES,
          "openItems",
          ErpKind.OPEN_ITEMS);

  private ErpExecution of(
      JobOperator operator,
      JobInstance instance,
      JobExecution execution,
      long records,
      boolean latest) {
    long read = 0;
    long written = 0;
    long filtered = 0;
    long skipped = 0;
    long rollbacks = 0;
    String step = null;
    for (StepExecution stepExecution : operator.getStepExecutions(execution.getExecutionId())) {
      if (stepExecution.getBatchStatus() == BatchStatus.STARTED) {
        step = stepExecution.getStepName();
      }
      long stepRead = 0;
      for (Metric metric : stepExecution.getMetrics()) {
        long value = metric.getValue();
        switch (metric.getType()) {
          case READ_COUNT -> stepRead = value;
          case WRITE_COUNT -> written += value;
          case FILTER_COUNT -> filtered += value;
          case READ_SKIP_COUNT, PROCESS_SKIP_COUNT, WRITE_SKIP_COUNT -> skipped += value;
          case ROLLBACK_COUNT -> rollbacks += value;
          default -> {
            // commit counts are not shown
          }
        }
      }
      ErpKind kind = STEP_KINDS.get(stepExecution.getStepName());
      if (stepExecution.getBatchStatus() == BatchStatus.STARTED && kind != null) {
        // the batch runtime adds a partition's counts to its step only when the partition ends
        stepRead = Math.max(stepRead, runs.recordsRead(instance.getInstanceId(), kind));
      }
      read += stepRead;
    }
    Properties parameters = execution.getJobParameters();
    return new ErpExecution(
        execution.getExecutionId(),
        instance.getInstanceId(),
        execution.getBatchStatus(),
        execution.getExitStatus(),
        parameters == null ? null : parameters.getProperty(ErpJobs.STARTED_BY),
        instant(execution.getStartTime()),
        instant(execution.getEndTime()),
        step,
        read,
        written,
        filtered,
        skipped,
        rollbacks,
        records,
        latest);
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
