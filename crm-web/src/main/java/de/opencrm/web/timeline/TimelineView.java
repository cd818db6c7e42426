package de.opencrm.web.timeline;

import de.opencrm.application.timeline.TimelineService;
import de.opencrm.domain.timeline.TimelineCursor;
import de.opencrm.domain.timeline.TimelineEntry;
import de.opencrm.domain.timeline.TimelineKind;
import de.opencrm.domain.timeline.TimelineSlice;
import de.opencrm.web.activity.RecordPanel;
import de.opencrm.web.page.FacesErrors;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The activity timeline of the company or person page: a page of entries, newest first, more on
 * request, of the kinds the user picked among those they may read.
 */
@Named
@ViewScoped
public class TimelineView extends RecordPanel {

  private static final long serialVersionUID = 1L;
  private static final int PAGE = 15;

  @Inject TimelineService timeline;
  @Inject FacesErrors errors;

  private Set<TimelineKind> readable;
  private List<TimelineKind> shown;
  private final List<TimelineEntry> entries = new ArrayList<>();
  private TimelineCursor next;
  private boolean more;

  public List<TimelineEntry> getEntries() {
    if (next == null && record() != null) {
      read(TimelineCursor.start());
    }
    return entries;
  }

  /** Reads the next page below those shown. */
  public void older() {
    if (more) {
      read(next);
    }
  }

  /** Starts again from the newest, after the user changed which kinds to show. */
  public void filter() {
    if (getShown().isEmpty()) {
      shown = new ArrayList<>(getKinds());
    }
    restart();
  }

  void onChange(@Observes(notifyObserver = Reception.IF_EXISTS) TimelineChanged changed) {
    restart();
  }

  private void restart() {
    entries.clear();
    next = null;
    more = false;
  }

  private void read(TimelineCursor from) {
    try {
      TimelineSlice slice = timeline.timeline(record(), EnumSet.copyOf(kindsOrAll()), from, PAGE);
      entries.addAll(slice.entries());
      next = slice.next();
      more = slice.more();
    } catch (RuntimeException e) {
      next = TimelineCursor.start();
      errors.show(e, "journal");
    }
  }

  private List<TimelineKind> kindsOrAll() {
    List<TimelineKind> kinds = getShown();
    return kinds.isEmpty() ? List.copyOf(getKinds()) : kinds;
  }

  public boolean isMore() {
    return more;
  }

  /** The kinds the user may read, in the order the filter offers them. */
  public Set<TimelineKind> getKinds() {
    if (readable == null) {
      readable = timeline.readableKinds();
    }
    return readable;
  }

  public List<TimelineKind> getShown() {
    if (shown == null) {
      shown = new ArrayList<>(getKinds());
    }
    return shown;
  }

  public void setShown(List<TimelineKind> shown) {
    this.shown = shown == null ? new ArrayList<>() : new ArrayList<>(shown);
  }

  /** The PrimeIcons icon of an entry. */
  public String icon(TimelineEntry entry) {
    return switch (entry.kind()) {
      case JOURNAL ->
          switch (entry.state()) {
            case "CALL" -> "pi pi-phone";
            case "MEETING" -> "pi pi-users";
            case "EMAIL" -> "pi pi-envelope";
            default -> "pi pi-file-edit";
          };
      case TASK -> "DONE".equals(entry.state()) ? "pi pi-check-square" : "pi pi-calendar";
      case TICKET -> "pi pi-ticket";
      case MAIL -> "INBOUND_EMAIL".equals(entry.state()) ? "pi pi-inbox" : "pi pi-send";
      case STAGE -> "pi pi-chart-line";
      case LEAD -> "pi pi-globe";
    };
  }

  /** The bundle key naming what the entry is within its kind: "Anruf", "Gelöst", "Webformular". */
  public static String stateKey(TimelineEntry entry) {
    String prefix =
        switch (entry.kind()) {
          case JOURNAL -> "activity.type.";
          case TASK -> "timeline.task.";
          case TICKET -> "ticketStatus.";
          case MAIL -> "messageKind.";
          case STAGE -> "timeline.stage.";
          case LEAD -> "leadSource.";
        };
    return prefix + entry.state();
  }

  /** The page an entry opens, or null when it opens none. */
  public String outcome(TimelineEntry entry) {
    if (entry.targetId() == null) {
      return null;
    }
    return switch (entry.kind()) {
      case TICKET, MAIL -> "/tickets/ticket";
      case STAGE -> "/opportunities/opportunity";
      case LEAD -> "/leads/lead";
      default -> null;
    };
  }
}
