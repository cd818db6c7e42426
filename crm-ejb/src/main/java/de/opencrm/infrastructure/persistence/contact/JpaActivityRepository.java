package de.opencrm.infrastructure.persistence.contact;

import de.opencrm.domain.activity.Activity;
import de.opencrm.domain.activity.ActivityRepository;
import de.opencrm.domain.activity.ActivityRow;
import de.opencrm.domain.activity.ActivityType;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.infrastructure.persistence.Jpql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class JpaActivityRepository implements ActivityRepository {

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public Optional<Activity> findById(long id) {
    return Optional.ofNullable(em.find(Activity.class, id));
  }

  /** Served by the (account_id, occurred_at) and (contact_id, occurred_at) indexes of V4. */
  @Override
  public Page<ActivityRow> timeline(RecordRef record, PageRequest request) {
    // entries kept only for their retention after an erasure are restricted (Art. 18 DSGVO)
    String where = " WHERE " + Jpql.recordCondition("a", record) + " AND a.restrictedUntil IS NULL";
    return Jpql.pageOf(
        em,
        "SELECT a.id, a.type, a.subject, a.occurredAt, a.durationMinutes, a.participants,"
            + " a.outcome, u.username, u.displayName, c.id, c.firstName, c.lastName"
            + " FROM Activity a JOIN a.author u LEFT JOIN a.contact c"
            + where
            + " ORDER BY a.occurredAt DESC, a.id DESC",
        "SELECT COUNT(a) FROM Activity a" + where,
        record.id(),
        request,
        r ->
            new ActivityRow(
                (Long) r[0],
                (ActivityType) r[1],
                (String) r[2],
                (Instant) r[3],
                (Integer) r[4],
                (String) r[5],
                (String) r[6],
                (String) r[7],
                (String) r[8],
                (Long) r[9],
                Jpql.personName((String) r[10], (String) r[11])));
  }

  @Override
  public Activity add(Activity activity) {
    em.persist(activity);
    return activity;
  }
}
