package de.opencrm.batch.schedule;

import de.opencrm.application.lead.capture.WebLeadCaptureService;
import de.opencrm.application.privacy.RetentionService;
import de.opencrm.batch.duplicate.DuplicateScanJobs;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Starts the nightly jobs, German time whatever the server's zone: the duplicate scan at 2:30, the
 * retention review (a proposal the data protection officer approves; it deletes nothing) at 4:15,
 * the web-to-lead endpoint's old idempotency keys at 4:45.
 */
@Singleton
@PermitAll
public class NightlyJobs {

  private static final Logger LOG = Logger.getLogger(NightlyJobs.class.getName());

  @Inject RetentionService retention;
  @Inject WebLeadCaptureService webLeads;

  @Schedule(hour = "2", minute = "30", timezone = "Europe/Berlin", persistent = false)
  void scanForDuplicates() {
    long execution = BatchRuntime.getJobOperator().start(DuplicateScanJobs.JOB, new Properties());
    LOG.info("nightly duplicate scan started as execution " + execution);
  }

  @Schedule(hour = "4", minute = "15", timezone = "Europe/Berlin", persistent = false)
  void proposeRetentionRun() {
    LOG.info("nightly retention review proposed run " + retention.proposeRun());
  }

  @Schedule(hour = "4", minute = "45", timezone = "Europe/Berlin", persistent = false)
  void forgetOldSubmissionKeys() {
    LOG.info(
        "web-to-lead: forgot " + webLeads.forgetOldKeys() + " idempotency keys older than a week");
  }
}
