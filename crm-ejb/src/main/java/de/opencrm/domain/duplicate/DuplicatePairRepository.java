package de.opencrm.domain.duplicate;

import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import java.util.List;
import java.util.Optional;

public interface DuplicatePairRepository {

  Optional<DuplicatePair> findById(long id);

  Optional<DuplicatePair> find(RecordRef.Kind kind, long oneId, long otherId);

  DuplicatePair add(DuplicatePair pair);

  /** Open pairs of a kind whose records both still exist unmerged, likeliest first. */
  Page<DuplicatePairRow> open(RecordRef.Kind kind, PageRequest request);

  /** Ids of unmerged people (or companies) after the given id, in id order, for a scan. */
  List<Long> idsAfter(RecordRef.Kind kind, long afterId, int limit);
}
