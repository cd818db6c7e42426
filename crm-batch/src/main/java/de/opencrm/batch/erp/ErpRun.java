package de.opencrm.batch.erp;

import jakarta.batch.runtime.context.JobContext;

/** A run is the job instance: a restarted run keeps its number, its files and its findings. */
final class ErpRun {

  private ErpRun() {}

  static long of(JobContext job) {
    return job.getInstanceId();
  }
}
