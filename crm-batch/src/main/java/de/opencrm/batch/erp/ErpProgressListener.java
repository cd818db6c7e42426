package de.opencrm.batch.erp;

import de.opencrm.application.erp.ErpRecordLogService;
import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Keeps, in each chunk's transaction, how many records of each file the partition has read (what
 * {@link ErpRecordReader} leaves in the step context): the job monitor's progress while the step's
 * partitions run, exact after a rollback or restart because it commits with the chunk.
 */
@Named
@Dependent
public class ErpProgressListener extends AbstractChunkListener {

  @Inject ErpRecordLogService reconciliation;
  @Inject StepContext step;

  @Override
  public void afterChunk() {
    if (step.getTransientUserData() instanceof ErpRecordReader.Progress progress) {
      reconciliation.progress(progress.readByFile(), progress.part());
    }
  }
}
