package de.opencrm.batch.erp;

import de.opencrm.application.erp.ErpFinishService;
import de.opencrm.application.erp.ErpFolders;
import de.opencrm.application.erp.ErpReceiveService;
import de.opencrm.application.erp.ErpRunService;
import de.opencrm.domain.erp.ErpFile;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Ends a run: moves every received file out of the inbound folder into the archive (a folder per
 * day, the run's number and the checksum's start in the name), then sums and reports: what is due
 * is collected in a transaction of its own first, so that it can be summed in ranges side by side.
 * A restarted finish finds the files it archived already and sums what is still due.
 */
@Named
@Dependent
public class ErpFinishBatchlet extends AbstractBatchlet {

  private static final Logger LOG = Logger.getLogger(ErpFinishBatchlet.class.getName());

  @Inject ErpRunService runs;
  @Inject ErpReceiveService receiving;
  @Inject ErpFinishService finishing;
  @Inject ErpFolders folders;
  @Inject JobContext job;

  @Override
  public String process() throws IOException {
    long run = ErpRun.of(job);
    Path day = folders.archive().resolve(LocalDate.now().toString());
    Files.createDirectories(day);
    Map<Long, String> archived = new HashMap<>();
    for (ErpFile file : runs.files(run)) {
      Path target =
          day.resolve(run + "-" + file.getChecksum().substring(0, 12) + "-" + file.getName());
      Path source = receiving.inboundPath(file);
      if (Files.exists(source)) {
        Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
      }
      if (Files.exists(target)) {
        archived.put(file.getId(), folders.archive().relativize(target).toString());
      }
    }
    ErpFinishService.Closing closing = finishing.close(run);
    ErpFinishService.RunResult result = finishing.finish(run, closing, archived);
    LOG.info("ERP run " + run + " finished: " + result);
    return "FINISHED";
  }
}
