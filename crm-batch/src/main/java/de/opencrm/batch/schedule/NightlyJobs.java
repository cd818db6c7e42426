package de.opencrm.batch.schedule;

import de.opencrm.batch.duplicate.DuplicateScanJobs;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.Properties;
import java.util.logging.Logger;

/** Starts the nightly jobs: the duplicate scan at 2:30 German time, whatever the server's zone. */
@Singleton
@PermitAll
public class NightlyJobs {

  private static final Logger LOG = Logger.getLogger(NightlyJobs.class.getName());

  @Schedule(hour = "2", minute = "30", timezone = "Europe/Berlin", persistent = false)
  void scanForDuplicates() {
    long execution = BatchRuntime.getJobOperator().start(DuplicateScanJobs.JOB, new Properties());
    LOG.info("nightly duplicate scan started as execution " + execution);
  }
}
