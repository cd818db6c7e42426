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

  /**
   * Moves what hangs off one company to another: its people, journal entries, tasks and documents
   * (those of its people included) and its subsidiaries; answers what moved.
   */
  List<MovedRow> moveAccountRows(long fromAccountId, long toAccountId);

  /** Moves the given rows back to the company they came from. */
  void moveBackToAccount(List<MovedRow> rows, long toAccountId);
}
