package de.opencrm.domain.duplicate;

import de.opencrm.domain.common.RecordRef;
import java.util.List;
import java.util.Optional;

public interface MergeRepository {

  MergeRecord add(MergeRecord merge);

  Optional<MergeRecord> findById(long id);

  /** The latest merge into this record that has not been undone. */
  Optional<MergeRecord> latestInto(RecordRef survivor);

  /** Moves the journal entries and tasks of one contact to another; answers what moved. */
  List<MovedRow> moveContactRows(long fromContactId, long toContactId);

  /** Moves the given rows back to the contact they came from. */
  void moveBack(List<MovedRow> rows, long toContactId);
}
