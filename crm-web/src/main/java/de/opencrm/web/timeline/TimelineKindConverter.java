package de.opencrm.web.timeline;

import de.opencrm.domain.timeline.TimelineKind;
import jakarta.faces.convert.EnumConverter;
import jakarta.faces.convert.FacesConverter;

/** The kinds a timeline's filter offers, which a list of enums cannot name to Faces by itself. */
@FacesConverter("timelineKind")
public class TimelineKindConverter extends EnumConverter {

  public TimelineKindConverter() {
    super(TimelineKind.class);
  }
}
