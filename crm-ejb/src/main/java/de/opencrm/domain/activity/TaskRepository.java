package de.opencrm.domain.activity;

import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface TaskRepository {

  Optional<Task> findById(long id);

  /** A user's open tasks, the earliest due first, then the most urgent. */
  Page<TaskRow> openTasksOf(long assigneeId, PageRequest request);

  /** The open tasks about a record; a company's include those about its people. */
  Page<TaskRow> openTasksAbout(RecordRef record, PageRequest request);

  Task add(Task task);

  /** Open tasks whose reminder is due and has not gone out, the longest waiting first. */
  List<Long> dueReminders(Instant now, int max);

  /** The task, locked until the transaction ends, so a reminder goes out once. */
  Optional<Task> findForUpdate(long id);
}
