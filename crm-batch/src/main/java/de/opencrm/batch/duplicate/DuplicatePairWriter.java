package de.opencrm.batch.duplicate;

import de.opencrm.application.duplicate.DuplicateScanService;
import de.opencrm.application.duplicate.FoundPair;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** Records the pairs of a chunk in the chunk's transaction. */
@Named
@Dependent
public class DuplicatePairWriter extends AbstractItemWriter {

  @Inject DuplicateScanService scan;

  @Override
  @SuppressWarnings("unchecked")
  public void writeItems(List<Object> items) {
    List<FoundPair> pairs = new ArrayList<>();
    items.forEach(item -> pairs.addAll((List<FoundPair>) item));
    scan.recordPairs(pairs);
  }
}
