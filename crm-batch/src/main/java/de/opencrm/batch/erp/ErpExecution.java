package de.opencrm.batch.erp;

import jakarta.batch.runtime.BatchStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * One execution of the reconciliation as the job monitor shows it: its run (a restart is another
 * execution of the same run), status, times and the counts summed over its steps; progress is the
 * records read of those the run's files hold.
 */
public record ErpExecution(
    long id,
    long run,
    BatchStatus status,
    String exitStatus,
    String startedBy,
    Instant start,
    Instant end,
    String step,
    long read,
    long written,
    long filtered,
    long skipped,
    long rollbacks,
    long records,
    boolean latestOfRun) {

  public boolean isRunning() {
    return status == BatchStatus.STARTING
        || status == BatchStatus.STARTED
        || status == BatchStatus.STOPPING;
  }

  /** Stopped or failed, the latest execution of its run: it can go on from its last checkpoint. */
  public boolean isRestartable() {
    return latestOfRun && (status == BatchStatus.STOPPED || status == BatchStatus.FAILED);
  }

  public boolean isStoppable() {
    return status == BatchStatus.STARTING || status == BatchStatus.STARTED;
  }

  /** How long it ran, or has been running until {@code now}. */
  public Duration duration(Instant now) {
    if (start == null) {
      return Duration.ZERO;
    }
    return Duration.between(start, end == null ? now : end);
  }

  /** Percent of the run's records read, 0 to 100; 100 once the execution completed. */
  public int progress() {
    if (status == BatchStatus.COMPLETED) {
      return 100;
    }
    if (records <= 0) {
      return 0;
    }
    return (int) Math.min(100, read * 100 / records);
  }
}
