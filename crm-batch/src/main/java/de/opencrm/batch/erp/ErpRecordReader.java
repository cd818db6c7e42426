package de.opencrm.batch.erp;

import de.opencrm.application.erp.ErpReceiveService;
import de.opencrm.application.erp.ErpRecordLogService;
import de.opencrm.application.erp.ErpRunService;
import de.opencrm.domain.erp.ErpFile;
import de.opencrm.integration.erp.ErpKind;
import de.opencrm.integration.erp.ErpRecord;
import de.opencrm.integration.erp.ErpRecordStream;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Streams the records of the run's usable files of one kind, file after file; in a partition of the
 * step only its share of each file's records ({@link ErpPartitions}): partition p of n takes the
 * records after the first p/n of the file up to the first (p+1)/n. The checkpoint is the file and
 * the number of its records read, so a restarted run reads on after the last committed chunk.
 */
@Named
@Dependent
public class ErpRecordReader extends AbstractItemReader {

  /**
   * Where reading stands: the index of the file among the run's files of the kind, records read.
   */
  record Position(int file, long read) implements Serializable {}

  /** How many records of each file this partition has read (of its share), for the monitor. */
  record Progress(int part, Map<Long, Long> readByFile) {}

  @Inject ErpRunService runs;
  @Inject ErpReceiveService receiving;
  @Inject ErpRecordLogService log;
  @Inject JobContext job;
  @Inject StepContext step;

  @Inject
  @BatchProperty(name = "kind")
  String kind;

  @Inject
  @BatchProperty(name = "part")
  String part;

  @Inject
  @BatchProperty(name = "parts")
  String parts;

  private List<ErpFile> files;
  private int current;
  private long read;
  private long first;
  private long last;
  private Progress progress;
  private ErpRecordStream stream;
  private Set<Long> refused;

  @Override
  public void open(Serializable checkpoint) throws IOException {
    ErpKind wanted = ErpKind.valueOf(kind);
    files =
        runs.files(ErpRun.of(job)).stream()
            .filter(f -> f.getKind() == wanted && f.getStatus() == ErpFile.Status.CHECKED)
            .toList();
    progress = new Progress(part == null ? 0 : Integer.parseInt(part), new HashMap<>());
    step.setTransientUserData(progress);
    Position at = checkpoint == null ? new Position(0, 0) : (Position) checkpoint;
    current = at.file();
    if (current < files.size()) {
      openFile(at.read());
    }
  }

  /**
   * Opens the current file after the records read already, or where this partition's share starts.
   */
  private void openFile(long readAlready) throws IOException {
    ErpFile file = files.get(current);
    int n = parts == null ? 1 : Integer.parseInt(parts);
    first = file.getRecords() * progress.part() / n;
    last = file.getRecords() * (progress.part() + 1) / n;
    stream = ErpRecordStream.open(receiving.inboundPath(file));
    refused = log.refusedOrdinals(file.getId());
    read = Math.max(first, readAlready);
    stream.skipTo(read);
  }

  @Override
  public Object readItem() throws IOException {
    while (current < files.size()) {
      ErpRecord record = read < last ? stream.next() : null;
      if (record != null) {
        read = record.ordinal();
        progress.readByFile().put(files.get(current).getId(), read - first);
        return new ErpItem(files.get(current).getId(), record, refused.contains(record.ordinal()));
      }
      stream.close();
      stream = null;
      current++;
      if (current < files.size()) {
        openFile(0);
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
