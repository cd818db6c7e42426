package de.opencrm.domain.timeline;

import de.opencrm.domain.admin.RecordScope;
import de.opencrm.domain.common.RecordRef;
import java.util.List;

/** Reads one kind of a record's timeline at a time. */
public interface TimelineRepository {

  /**
   * The record's entries of the kind, newest first, skipping {@code offset}.
   *
   * @param scope narrows entries of owned records (opportunities, leads) to those the caller sees;
   *     null where the record's own visibility decides
   */
  List<TimelineEntry> newest(
      TimelineKind kind, RecordRef record, RecordScope scope, int offset, int limit);
}
