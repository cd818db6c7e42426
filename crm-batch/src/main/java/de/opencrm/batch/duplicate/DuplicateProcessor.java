package de.opencrm.batch.duplicate;

import de.opencrm.application.duplicate.DuplicateScanService;
import de.opencrm.application.duplicate.FoundPair;
import de.opencrm.domain.common.RecordRef;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Scores one record against its candidates; a record without any alike is filtered out. */
@Named
@Dependent
public class DuplicateProcessor implements ItemProcessor {

  @Inject DuplicateScanService scan;

  @Inject
  @BatchProperty(name = "kind")
  String kind;

  @Override
  public Object processItem(Object id) {
    List<FoundPair> found = scan.pairsFor(RecordRef.Kind.valueOf(kind), (Long) id);
    return found.isEmpty() ? null : found;
  }
}
