package de.opencrm.application.activity;

import de.opencrm.application.common.CallerAccess;
import de.opencrm.application.common.CompanyTime;
import de.opencrm.application.common.Stamp;
import de.opencrm.domain.activity.JournalTarget;
import de.opencrm.domain.activity.Task;
import de.opencrm.domain.activity.TaskRepository;
import de.opencrm.domain.activity.TaskRow;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.admin.UserOption;
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
import java.util.List;

/**
 * Tasks about customers: anyone who works with customers plans them for themselves or a colleague;
 * the assignee, the one who planned it and administrators change and complete them.
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
public class TaskService {

  /** More people than fit a drop-down would need a search field instead. */
  private static final int MAX_ASSIGNEES = 500;

  @Inject TaskRepository tasks;
  @Inject JournalTargets targets;
  @Inject UserRepository users;
  @Inject CompanyTime time;
  @Resource SessionContext context;

  public Page<TaskRow> myOpenTasks(@NotNull PageRequest request) {
    return tasks.openTasksOf(me().getId(), request);
  }

  public Page<TaskRow> openTasksAbout(@NotNull RecordRef record, @NotNull PageRequest request) {
    targets.resolve(record, context);
    return tasks.openTasksAbout(record, request);
  }

  public List<UserOption> assignees() {
    return users.activeUsers(MAX_ASSIGNEES);
  }

  /** A task about the record for the caller, due today. */
  public TaskForm newTask(@NotNull RecordRef record) {
    targets.resolve(record, context);
    TaskForm form = new TaskForm();
    form.setRecord(record);
    form.setDueDate(time.today());
    form.setAssigneeId(me().getId());
    return form;
  }

  public TaskForm loadTask(long id) {
    Task task = find(id);
    TaskForm form = new TaskForm();
    form.setId(task.getId());
    form.setVersion(task.getVersion());
    form.setRecord(new JournalTarget(task.getAccount(), task.getContact()).about());
    form.setSubject(task.getSubject());
    form.setDescription(task.getDescription());
    form.setDueDate(task.getDueDate());
    form.setPriority(task.getPriority());
    form.setAssigneeId(task.getAssignee().getId());
    form.setRemindAt(time.local(task.getRemindAt()));
    form.setEditable(mayChange(task));
    return form;
  }

  @Permission(area = Area.ACTIVITIES, operation = Operation.CREATE)
  public long createTask(@NotNull @Valid TaskForm form) {
    Task task = new Task(targets.resolve(form.getRecord(), context));
    apply(form, task);
    Stamp stamp = Stamp.of(context);
    task.recordCreation(stamp.user(), stamp.at());
    return tasks.add(task).getId();
  }

  @Permission(area = Area.ACTIVITIES, operation = Operation.EDIT)
  public void updateTask(@NotNull @Valid TaskForm form) {
    Task task = changeable(form.getId() == null ? -1 : form.getId());
    task.requireVersion(form.getVersion());
    apply(form, task);
    stampChange(task);
  }

  @Permission(area = Area.ACTIVITIES, operation = Operation.EDIT)
  public void completeTask(long id) {
    Task task = changeable(id);
    Stamp stamp = Stamp.of(context);
    task.complete(stamp.user(), stamp.at());
    stampChange(task);
  }

  @Permission(area = Area.ACTIVITIES, operation = Operation.EDIT)
  public void reopenTask(long id) {
    Task task = changeable(id);
    task.reopen();
    stampChange(task);
  }

  private void apply(TaskForm form, Task task) {
    User assignee =
        users
            .findById(form.getAssigneeId())
            .filter(User::isActive)
            .orElseThrow(() -> BusinessException.onField("assignee", "task.assigneeUnknown"));
    task.plan(
        form.getSubject(),
        form.getDescription(),
        form.getDueDate(),
        form.getPriority(),
        assignee,
        time.instant(form.getRemindAt()));
  }

  private void stampChange(Task task) {
    Stamp stamp = Stamp.of(context);
    task.recordModification(stamp.user(), stamp.at());
  }

  private Task changeable(long id) {
    Task task = find(id);
    if (!mayChange(task)) {
      throw new BusinessException("task.notYours", task.getAssignee().getDisplayName());
    }
    return task;
  }

  /** The assignee, whoever planned it, and administrators. */
  private boolean mayChange(Task task) {
    if (context.isCallerInRole(Role.Names.ADMIN)) {
      return true;
    }
    User me = me();
    return task.getAssignee().getId().equals(me.getId())
        || me.getUsername().equals(task.getCreatedBy());
  }

  private Task find(long id) {
    return tasks.findById(id).orElseThrow(() -> new BusinessException("task.notFound"));
  }

  private User me() {
    return CallerAccess.caller(context, users);
  }
}
