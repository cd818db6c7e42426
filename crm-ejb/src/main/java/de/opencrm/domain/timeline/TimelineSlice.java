package de.opencrm.domain.timeline;

import java.io.Serializable;
import java.util.List;

/** One page of a timeline, newest first, and where the next begins when there is more. */
public record TimelineSlice(List<TimelineEntry> entries, TimelineCursor next, boolean more)
    implements Serializable {}
