package de.opencrm.batch.erp;

import de.opencrm.application.erp.ErpReceiveService;
import de.opencrm.domain.erp.ErpFile;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;

/** Receives the run's files (those named in the job parameter files, else all waiting). */
@Named
@Dependent
public class ErpReceiveBatchlet extends AbstractBatchlet {

  private static final Logger LOG = Logger.getLogger(ErpReceiveBatchlet.class.getName());

  @Inject ErpReceiveService receiving;
  @Inject JobContext job;

  @Inject
  @BatchProperty(name = "files")
  String files;

  @Override
  public String process() {
    List<String> names =
        files == null || files.isBlank()
            ? List.of()
            : Arrays.stream(files.split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList();
    List<ErpFile> received = receiving.receive(ErpRun.of(job), names);
    received.forEach(
        f ->
            LOG.info(
                "ERP run "
                    + ErpRun.of(job)
                    + ": "
                    + f.getName()
                    + " "
                    + f.getStatus()
                    + ", "
                    + f.getRecords()
                    + " records, "
                    + f.getRefused()
                    + " refused"
                    + (f.getDetail() == null ? "" : " (" + f.getDetail() + ")")));
    return received.isEmpty() ? "NO_FILES" : "RECEIVED";
  }
}
