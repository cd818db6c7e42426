package de.opencrm.application.activity;

import de.opencrm.application.common.CompanyTime;
import de.opencrm.domain.activity.Task;
import de.opencrm.domain.activity.TaskReminder;
import de.opencrm.domain.activity.TaskRepository;
import de.opencrm.domain.common.Mailer;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the e-mail reminders of tasks whose reminder time has come, each once, to the assignee.
 * Each task is reminded in its own transaction under a row lock: a relay that is down leaves the
 * reminder due for the next run, and two runs at once never send it twice.
 */
@Stateless
@PermitAll
public class TaskReminderService {

  private static final Logger LOG = Logger.getLogger(TaskReminderService.class.getName());

  /** More due reminders than this wait for the next run. */
  static final int BATCH = 200;

  private static final AtomicBoolean FAILING = new AtomicBoolean();

  @Inject TaskRepository tasks;
  @Inject Mailer mailer;
  @Inject CompanyTime time;
  @Resource SessionContext context;

  /** Where users open the CRM, for the link in the mail (CRM_BASE_URL). */
  @Inject
  @ConfigProperty(name = "crm.base-url", defaultValue = "http://localhost:8080/crm")
  String baseUrl;

  /** Sends what is due; returns how many reminders went out. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int sendDueReminders() {
    TaskReminderService self = context.getBusinessObject(TaskReminderService.class);
    int sent = 0;
    int failed = 0;
    RuntimeException lastFailure = null;
    for (long id : tasks.dueReminders(time.now(), BATCH)) {
      try {
        if (self.remind(id)) {
          sent++;
        }
      } catch (RuntimeException e) {
        failed++;
        lastFailure = e;
      }
    }
    if (failed > 0) {
      // said once while the relay stays down, not every minute
      Level level = FAILING.getAndSet(true) ? Level.FINE : Level.WARNING;
      LOG.log(
          level,
          failed + " task reminders could not be sent and stay due: " + lastFailure.getMessage(),
          lastFailure.getCause());
    } else if (sent > 0 && FAILING.getAndSet(false)) {
      LOG.info("task reminders are sent again");
    }
    return sent;
  }

  /**
   * Reminds of one task if it is still due; a task whose assignee has no e-mail address is marked
   * without a mail. Returns whether a mail went out.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean remind(long taskId) {
    Task task = tasks.findForUpdate(taskId).orElse(null);
    if (task == null || !task.isReminderDue(time.now())) {
      return false;
    }
    task.markReminded(time.now());
    String to = task.getAssignee().getEmail();
    if (to == null || to.isBlank()) {
      return false;
    }
    String url = baseUrl.replaceAll("/+$", "") + TaskReminder.recordPath(task);
    TaskReminder reminder = TaskReminder.of(task, url, time.zone());
    mailer.send(reminder.to(), reminder.subject(), reminder.text());
    return true;
  }
}
