package de.opencrm.web.activity;

import de.opencrm.application.activity.TaskForm;
import de.opencrm.application.activity.TaskService;
import de.opencrm.domain.activity.TaskPriority;
import de.opencrm.domain.activity.TaskRow;
import de.opencrm.domain.admin.UserOption;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.web.page.FacesErrors;
import de.opencrm.web.page.PagedLazyDataModel;
import de.opencrm.web.timeline.TimelineChanged;
import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The open tasks of the account or contact page and the dialog that plans or changes one. The page
 * sets which record through accountId or contactId.
 */
@Named
@ViewScoped
public class RecordTasksView extends RecordPanel {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "taskForm";

  @Inject TaskService tasks;
  @Inject FacesErrors errors;
  @Inject Event<TimelineChanged> changed;

  private PagedLazyDataModel<TaskRow> model;
  private TaskForm form;
  private List<UserOption> assignees;

  public PagedLazyDataModel<TaskRow> getModel() {
    if (model == null && record() != null) {
      RecordRef of = record();
      TaskService service = tasks;
      model =
          PagedLazyDataModel.ofPages(request -> service.openTasksAbout(of, request), TaskRow::id);
    }
    return model;
  }

  public void startNew() {
    form = tasks.newTask(record());
  }

  public void startEdit(TaskRow row) {
    try {
      form = tasks.loadTask(row.id());
    } catch (RuntimeException e) {
      errors.show(e, FORM);
    }
  }

  public void save() {
    try {
      if (form.isNew()) {
        tasks.createTask(form);
        errors.info("task.created", form.getSubject());
      } else {
        tasks.updateTask(form);
        errors.info("task.saved", form.getSubject());
      }
      changed.fire(new TimelineChanged());
      PrimeFaces.current().executeScript("PF('taskDialog').hide()");
    } catch (RuntimeException e) {
      errors.show(e, FORM);
    }
  }

  public void complete(TaskRow row) {
    try {
      tasks.completeTask(row.id());
      errors.info("task.completed", row.subject());
      changed.fire(new TimelineChanged());
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
  }

  public List<UserOption> getAssignees() {
    if (assignees == null) {
      assignees = tasks.assignees();
    }
    return assignees;
  }

  public TaskPriority[] getPriorities() {
    return TaskPriority.values();
  }

  public TaskForm getForm() {
    return form;
  }
}
