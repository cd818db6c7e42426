package de.opencrm.web.activity;

import de.opencrm.application.activity.TaskService;
import de.opencrm.domain.activity.TaskRow;
import de.opencrm.web.page.FacesErrors;
import de.opencrm.web.page.PagedLazyDataModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * "My open tasks" on the start page: earliest due first, overdue ones marked, done with a click.
 */
@Named
@ViewScoped
public class MyTasksView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TaskService tasks;
  @Inject FacesErrors errors;

  private PagedLazyDataModel<TaskRow> model;

  public PagedLazyDataModel<TaskRow> getModel() {
    if (model == null) {
      TaskService service = tasks;
      model = PagedLazyDataModel.ofPages(service::myOpenTasks, TaskRow::id);
    }
    return model;
  }

  public void complete(TaskRow row) {
    try {
      tasks.completeTask(row.id());
      errors.info("task.completed", row.subject());
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
  }
}
