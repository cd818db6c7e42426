package de.opencrm.application.timeline;

import de.opencrm.application.activity.JournalTargets;
import de.opencrm.application.common.RecordScopes;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.PermissionMatrix;
import de.opencrm.domain.admin.RecordScope;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.timeline.TimelineCursor;
import de.opencrm.domain.timeline.TimelineEntry;
import de.opencrm.domain.timeline.TimelineKind;
import de.opencrm.domain.timeline.TimelineMerge;
import de.opencrm.domain.timeline.TimelineRepository;
import de.opencrm.domain.timeline.TimelineSlice;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A company's or person's activity timeline: everything the caller may read about the record,
 * newest first, a page at a time.
 */
@Permission(area = Area.ACTIVITIES, operation = Operation.READ)
@Stateless
@RolesAllowed({
  Role.Names.SALES,
  Role.Names.MANAGER,
  Role.Names.SERVICE,
  Role.Names.MARKETING,
  Role.Names.ADMIN
})
public class TimelineService {

  /** More than this at once is for a list or a report, not a timeline. */
  public static final int MAX_PAGE = 50;

  @Inject TimelineRepository timeline;
  @Inject JournalTargets targets;
  @Inject RecordScopes scopes;
  @Resource SessionContext context;

  /**
   * The next page of the record's timeline.
   *
   * @param kinds what to show; kinds the caller may not read are left out
   */
  public TimelineSlice timeline(
      @NotNull RecordRef record,
      @NotNull Set<TimelineKind> kinds,
      @NotNull TimelineCursor cursor,
      @Min(1) @Max(MAX_PAGE) int size) {
    targets.resolve(record, context);
    Set<TimelineKind> readable = readable();
    Map<TimelineKind, List<TimelineEntry>> fetched = new EnumMap<>(TimelineKind.class);
    for (TimelineKind kind : kinds) {
      if (readable.contains(kind)) {
        fetched.put(
            kind, timeline.newest(kind, record, scopeFor(kind), cursor.shown(kind), size + 1));
      }
    }
    return TimelineMerge.next(fetched, cursor, size);
  }

  /** The kinds the caller may read, for the filter a timeline offers. */
  public Set<TimelineKind> readableKinds() {
    return readable();
  }

  private Set<TimelineKind> readable() {
    Set<Role> roles = RecordScopes.roles(context);
    Set<TimelineKind> kinds = EnumSet.noneOf(TimelineKind.class);
    for (TimelineKind kind : TimelineKind.values()) {
      if (PermissionMatrix.allows(roles, kind.area(), Operation.READ)) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  /**
   * Opportunities and leads are narrowed to those the caller sees; tickets follow the company, as
   * the ticket list does for sales.
   */
  private RecordScope scopeFor(TimelineKind kind) {
    return kind == TimelineKind.STAGE || kind == TimelineKind.LEAD
        ? scopes.of(context, kind.area())
        : null;
  }
}
