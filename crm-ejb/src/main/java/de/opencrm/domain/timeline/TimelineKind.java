package de.opencrm.domain.timeline;

import de.opencrm.domain.admin.Area;

/** The kinds of thing a timeline shows, each readable by those who may read its area. */
public enum TimelineKind {
  JOURNAL(Area.ACTIVITIES),
  TASK(Area.ACTIVITIES),
  TICKET(Area.TICKETS),
  MAIL(Area.TICKETS),
  STAGE(Area.OPPORTUNITIES),
  LEAD(Area.LEADS);

  private final Area area;

  TimelineKind(Area area) {
    this.area = area;
  }

  /** The area whose read permission shows this kind. */
  public Area area() {
    return area;
  }
}
