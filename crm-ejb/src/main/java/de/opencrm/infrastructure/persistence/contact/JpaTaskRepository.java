package de.opencrm.infrastructure.persistence.contact;

import de.opencrm.domain.activity.Task;
import de.opencrm.domain.activity.TaskPriority;
import de.opencrm.domain.activity.TaskRepository;
import de.opencrm.domain.activity.TaskRow;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.infrastructure.persistence.Jpql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTaskRepository implements TaskRepository {

  private static final String SELECT_ROW =
      "SELECT t.id, t.subject, t.dueDate, t.priority, t.remindAt, u.displayName,"
          + " a.id, a.name, c.id, c.firstName, c.lastName"
          + " FROM Task t JOIN t.assignee u LEFT JOIN t.account a LEFT JOIN t.contact c";

  /** Earliest due first; on the same day the urgent ones (the stored priority is its rank). */
  private static final String ORDER = " ORDER BY t.dueDate ASC, t.priority ASC, t.id ASC";

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public Optional<Task> findById(long id) {
    return Optional.ofNullable(em.find(Task.class, id));
  }

  /** Served by the (assignee_id, done_at, due_date) index of V4. */
  @Override
  public Page<TaskRow> openTasksOf(long assigneeId, PageRequest request) {
    return page(" WHERE t.assignee.id = :recordId AND t.doneAt IS NULL", assigneeId, request);
  }

  @Override
  public Page<TaskRow> openTasksAbout(RecordRef record, PageRequest request) {
    return page(
        " WHERE " + Jpql.recordCondition("t", record) + " AND t.doneAt IS NULL",
        record.id(),
        request);
  }

  private Page<TaskRow> page(String where, long id, PageRequest request) {
    return Jpql.pageOf(
        em,
        SELECT_ROW + where + ORDER,
        "SELECT COUNT(t) FROM Task t" + where,
        id,
        request,
        r ->
            new TaskRow(
                (Long) r[0],
                (String) r[1],
                (LocalDate) r[2],
                (TaskPriority) r[3],
                (Instant) r[4],
                (String) r[5],
                (Long) r[6],
                (String) r[7],
                (Long) r[8],
                Jpql.personName((String) r[9], (String) r[10])));
  }

  @Override
  public Task add(Task task) {
    em.persist(task);
    return task;
  }

  @Override
  public List<Long> dueReminders(Instant now, int max) {
    return em.createQuery(
            "SELECT t.id FROM Task t WHERE t.remindAt <= :now AND t.remindedAt IS NULL"
                + " AND t.doneAt IS NULL ORDER BY t.remindAt, t.id",
            Long.class)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public Optional<Task> findForUpdate(long id) {
    return Optional.ofNullable(em.find(Task.class, id, LockModeType.PESSIMISTIC_WRITE));
  }
}
