package de.opencrm.batch.duplicate;

import de.opencrm.application.duplicate.DuplicateScanService;
import de.opencrm.domain.common.RecordRef;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/** Reads the ids of all people or companies in id order, a few hundred per query. */
@Named
@Dependent
public class RecordIdReader extends AbstractItemReader {

  private static final int FETCH = 500;

  @Inject DuplicateScanService scan;

  @Inject
  @BatchProperty(name = "kind")
  String kind;

  private final Deque<Long> buffer = new ArrayDeque<>();
  private long lastRead;

  @Override
  public void open(Serializable checkpoint) {
    lastRead = checkpoint == null ? 0 : (Long) checkpoint;
  }

  @Override
  public Object readItem() {
    if (buffer.isEmpty()) {
      buffer.addAll(scan.idsAfter(RecordRef.Kind.valueOf(kind), lastRead, FETCH));
    }
    Long id = buffer.poll();
    if (id != null) {
      lastRead = id;
    }
    return id;
  }

  @Override
  public Serializable checkpointInfo() {
    return lastRead;
  }
}
