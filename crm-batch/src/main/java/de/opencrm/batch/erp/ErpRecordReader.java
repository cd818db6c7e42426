package de.opencrm.batch.erp;

import de.opencrm.application.erp.ErpReconciliationService;
import de.opencrm.domain.erp.ErpFile;
import de.opencrm.integration.erp.ErpKind;
import de.opencrm.integration.erp.ErpRecord;
import de.opencrm.integration.erp.ErpRecordStream;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Streams the records of the run's usable files of one kind, file after file. The checkpoint is the
 * file and the number of its records read, so a restarted run reads on after the last committed
 * chunk.
 */
@Named
@Dependent
public class ErpRecordReader extends AbstractItemReader {

  /**
   * Where reading stands: the index of the file among the run's files of the kind, records read.
   */
  record Position(int file, long read) implements Serializable {}

  @Inject ErpReconciliationService reconciliation;
  @Inject JobContext job;

  @Inject
  @BatchProperty(name = "kind")
  String kind;

  private List<ErpFile> files;
  private int current;
  private long read;
  private ErpRecordStream stream;
  private Set<Long> refused;

  @Override
  public void open(Serializable checkpoint) throws IOException {
    ErpKind wanted = ErpKind.valueOf(kind);
    files =
        reconciliation.files(ErpRun.of(job)).stream()
            .filter(f -> f.getKind() == wanted && f.getStatus() == ErpFile.Status.CHECKED)
            .toList();
    Position at = checkpoint == null ? new Position(0, 0) : (Position) checkpoint;
    current = at.file();
    if (current < files.size()) {
      openFile();
      stream.skipTo(at.read());
      read = at.read();
    }
  }

  private void openFile() throws IOException {
    ErpFile file = files.get(current);
    stream = ErpRecordStream.open(reconciliation.inboundPath(file));
    refused = reconciliation.refusedOrdinals(file.getId());
    read = 0;
  }

  @Override
  public Object readItem() throws IOException {
    while (current < files.size()) {
      ErpRecord record = stream.next();
      if (record != null) {
        read = record.ordinal();
        return new ErpItem(files.get(current).getId(), record, refused.contains(record.ordinal()));
      }
      stream.close();
      stream = null;
      current++;
      if (current < files.size()) {
        openFile();
      }
    }
    return null;
  }

  @Override
  public Serializable checkpointInfo() {
    return new Position(current, read);
  }

  @Override
  public void close() throws IOException {
    if (stream != null) {
      stream.close();
    }
  }
}
