package de.opencrm.application.activity;

import de.opencrm.application.common.CallerAccess;
import de.opencrm.application.common.CompanyTime;
import de.opencrm.application.common.Stamp;
import de.opencrm.domain.activity.Activity;
import de.opencrm.domain.activity.ActivityRepository;
import de.opencrm.domain.activity.ActivityRow;
import de.opencrm.domain.activity.JournalTarget;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The journal: everyone who works with customers logs what happened with them and reads the
 * timelines; an entry is changed only by its author or an administrator.
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
public class JournalService {

  @Inject ActivityRepository activities;
  @Inject JournalTargets targets;
  @Inject UserRepository users;
  @Inject CompanyTime time;
  @Resource SessionContext context;

  public Page<ActivityRow> timeline(@NotNull RecordRef record, @NotNull PageRequest request) {
    targets.resolve(record, context);
    return activities.timeline(record, request);
  }

  /** An empty entry about the record: a call, now. */
  public ActivityForm newActivity(@NotNull RecordRef record) {
    targets.resolve(record, context);
    ActivityForm form = new ActivityForm();
    form.setRecord(record);
    form.setOccurredAt(time.localNow());
    return form;
  }

  public ActivityForm loadActivity(long id) {
    Activity activity = find(id);
    targets.requireVisible(activity, context);
    ActivityForm form = new ActivityForm();
    form.setId(activity.getId());
    form.setVersion(activity.getVersion());
    form.setRecord(new JournalTarget(activity.getAccount(), activity.getContact()).about());
    form.setType(activity.getType());
    form.setOccurredAt(time.local(activity.getOccurredAt()));
    form.setDurationMinutes(activity.getDurationMinutes());
    form.setSubject(activity.getSubject());
    form.setParticipants(activity.getParticipants());
    form.setOutcome(activity.getOutcome());
    form.setEditable(mayChange(activity));
    return form;
  }

  @Permission(area = Area.ACTIVITIES, operation = Operation.CREATE)
  public long logActivity(@NotNull @Valid ActivityForm form) {
    Activity activity = new Activity(targets.resolve(form.getRecord(), context), me());
    apply(form, activity);
    Stamp stamp = Stamp.of(context);
    activity.recordCreation(stamp.user(), stamp.at());
    return activities.add(activity).getId();
  }

  @Permission(area = Area.ACTIVITIES, operation = Operation.EDIT)
  public void updateActivity(@NotNull @Valid ActivityForm form) {
    Activity activity = find(form.getId() == null ? -1 : form.getId());
    activity.requireVersion(form.getVersion());
    if (!mayChange(activity)) {
      throw new BusinessException("activity.notYours", activity.getAuthor().getDisplayName());
    }
    apply(form, activity);
    Stamp stamp = Stamp.of(context);
    activity.recordModification(stamp.user(), stamp.at());
  }

  private void apply(ActivityForm form, Activity activity) {
    activity.record(
        form.getType(),
        form.getSubject(),
        time.instant(form.getOccurredAt()),
        form.getDurationMinutes(),
        form.getParticipants(),
        form.getOutcome());
  }

  private boolean mayChange(Activity activity) {
    return context.isCallerInRole(Role.Names.ADMIN) || activity.writtenBy(me());
  }

  private Activity find(long id) {
    return activities.findById(id).orElseThrow(() -> new BusinessException("activity.notFound"));
  }

  private User me() {
    return CallerAccess.caller(context, users);
  }
}
