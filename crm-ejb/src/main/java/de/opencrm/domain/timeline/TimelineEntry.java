package de.opencrm.domain.timeline;

import java.io.Serializable;
import java.time.Instant;

/**
 * One thing on a timeline.
 *
 * @param id the id of the entry within its kind (journal entry, task, ticket, mail, stage change,
 *     lead)
 * @param state what the entry is within its kind: the journal entry's type, the task's OPEN or
 *     DONE, the ticket's status, the mail's direction, the lead's source
 * @param detail a line under the title; {@code detailEn} is its English wording where the CRM keeps
 *     one (stage names), otherwise null
 * @param targetId the record the entry opens (ticket, opportunity, lead), or null
 */
public record TimelineEntry(
    TimelineKind kind,
    long id,
    Instant at,
    String state,
    String title,
    String detail,
    String detailEn,
    String actor,
    Long targetId)
    implements Serializable {

  public TimelineEntry {
    if (kind == null || at == null) {
      throw new IllegalArgumentException("kind and time are required");
    }
  }

  /** Newer first; within the same instant by kind, then the newer id first, so pages are stable. */
  static int newestFirst(TimelineEntry a, TimelineEntry b) {
    int byTime = b.at.compareTo(a.at);
    if (byTime != 0) {
      return byTime;
    }
    int byKind = a.kind.compareTo(b.kind);
    return byKind != 0 ? byKind : Long.compare(b.id, a.id);
  }
}
