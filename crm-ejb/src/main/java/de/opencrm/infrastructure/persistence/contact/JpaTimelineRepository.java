package de.opencrm.infrastructure.persistence.contact;

import de.opencrm.domain.activity.ActivityType;
import de.opencrm.domain.admin.RecordScope;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.lead.LeadSource;
import de.opencrm.domain.ticket.MessageKind;
import de.opencrm.domain.ticket.TicketStatus;
import de.opencrm.domain.timeline.TimelineEntry;
import de.opencrm.domain.timeline.TimelineKind;
import de.opencrm.domain.timeline.TimelineRepository;
import de.opencrm.infrastructure.persistence.Jpql;
import de.opencrm.infrastructure.persistence.ScopeConditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Each kind of a timeline in its own query, ordered as the timeline shows it; each is served by an
 * index on the record's id (V4, V56 and those of the tickets, stages and leads) and reads no more
 * than a page and one.
 */
@ApplicationScoped
public class JpaTimelineRepository implements TimelineRepository {

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public List<TimelineEntry> newest(
      TimelineKind kind, RecordRef record, RecordScope scope, int offset, int limit) {
    return switch (kind) {
      case JOURNAL -> journal(record, offset, limit);
      case TASK -> tasks(record, offset, limit);
      case TICKET -> tickets(record, offset, limit);
      case MAIL -> mails(record, offset, limit);
      case STAGE -> stageChanges(record, scope, offset, limit);
      case LEAD -> leads(record, scope, offset, limit);
    };
  }

  private List<TimelineEntry> journal(RecordRef record, int offset, int limit) {
    return read(
        "SELECT a.id, a.occurredAt, a.type, a.subject, a.outcome, u.displayName"
            + " FROM Activity a JOIN a.author u WHERE "
            + Jpql.recordCondition("a", record)
            // kept only for their retention after an erasure: restricted (Art. 18 DSGVO)
            + " AND a.restrictedUntil IS NULL ORDER BY a.occurredAt DESC, a.id DESC",
        record,
        null,
        offset,
        limit,
        r ->
            entry(
                TimelineKind.JOURNAL,
                r,
                ((ActivityType) r[2]).name(),
                r[3],
                r[4],
                null,
                r[5],
                null));
  }

  private List<TimelineEntry> tasks(RecordRef record, int offset, int limit) {
    // a task stands where it was planned until it is done, then where it was done
    return read(
        "SELECT t.id, t.createdAt, t.doneAt, t.subject, t.description, u.displayName,"
            + " COALESCE(t.doneAt, t.createdAt) AS at FROM Task t JOIN t.assignee u WHERE "
            + Jpql.recordCondition("t", record)
            + " AND t.restrictedUntil IS NULL ORDER BY at DESC, t.id DESC",
        record,
        null,
        offset,
        limit,
        r ->
            new TimelineEntry(
                TimelineKind.TASK,
                (Long) r[0],
                r[2] == null ? (Instant) r[1] : (Instant) r[2],
                r[2] == null ? "OPEN" : "DONE",
                (String) r[3],
                (String) r[4],
                null,
                (String) r[5],
                null));
  }

  private List<TimelineEntry> tickets(RecordRef record, int offset, int limit) {
    return read(
        "SELECT t.id, t.openedAt, t.status, t.number, t.subject, u.displayName"
            + " FROM Ticket t LEFT JOIN t.assignee u WHERE "
            + Jpql.recordCondition("t", record)
            + " ORDER BY t.openedAt DESC, t.id DESC",
        record,
        null,
        offset,
        limit,
        r ->
            entry(
                TimelineKind.TICKET,
                r,
                ((TicketStatus) r[2]).name(),
                r[3] + " " + r[4],
                null,
                null,
                r[5],
                (Long) r[0]));
  }

  private List<TimelineEntry> mails(RecordRef record, int offset, int limit) {
    return read(
        "SELECT m.id, m.createdAt, m.kind, m.mailSubject, t.number, t.subject,"
            + " u.displayName, m.mailFrom, t.id FROM TicketMessage m JOIN m.ticket t"
            + " LEFT JOIN m.author u WHERE "
            + Jpql.recordCondition("t", record)
            + " AND m.kind IN (de.opencrm.domain.ticket.MessageKind.INBOUND_EMAIL,"
            + " de.opencrm.domain.ticket.MessageKind.OUTBOUND_EMAIL)"
            + " ORDER BY m.createdAt DESC, m.id DESC",
        record,
        null,
        offset,
        limit,
        r ->
            entry(
                TimelineKind.MAIL,
                r,
                ((MessageKind) r[2]).name(),
                r[3] == null ? r[5] : r[3],
                r[4] + " " + r[5],
                null,
                r[6] == null ? r[7] : r[6],
                (Long) r[8]));
  }

  private List<TimelineEntry> stageChanges(
      RecordRef record, RecordScope scope, int offset, int limit) {
    String narrowed = scope == null ? null : ScopeConditions.jpql("o", scope);
    return read(
        "SELECT s.id, s.changedAt, o.id, o.name, f.nameDe, f.nameEn, t.nameDe, t.nameEn,"
            + " s.changedBy FROM StageChange s JOIN s.opportunity o LEFT JOIN s.fromStage f"
            + " JOIN s.toStage t WHERE "
            + Jpql.recordCondition("o", record)
            + (narrowed == null ? "" : " AND " + narrowed)
            + " ORDER BY s.changedAt DESC, s.id DESC",
        record,
        scope,
        offset,
        limit,
        r ->
            entry(
                TimelineKind.STAGE,
                r,
                r[4] == null ? "CREATED" : "MOVED",
                r[3],
                stages(r[4], r[6]),
                stages(r[5], r[7]),
                r[8],
                (Long) r[2]));
  }

  private List<TimelineEntry> leads(RecordRef record, RecordScope scope, int offset, int limit) {
    String narrowed = scope == null ? null : ScopeConditions.jpql("l", scope);
    String converted =
        record.kind() == RecordRef.Kind.ACCOUNT
            ? "l.convertedAccountId = :recordId"
            : "l.convertedContactId = :recordId";
    return read(
        "SELECT l.id, l.origin.capturedAt, l.origin.source, l.origin.formId, l.message,"
            + " l.createdBy FROM Lead l WHERE "
            + converted
            + (narrowed == null ? "" : " AND " + narrowed)
            + " ORDER BY l.origin.capturedAt DESC, l.id DESC",
        record,
        scope,
        offset,
        limit,
        r ->
            entry(
                TimelineKind.LEAD,
                r,
                ((LeadSource) r[2]).name(),
                r[3],
                r[4],
                null,
                r[5],
                (Long) r[0]));
  }

  private static String stages(Object from, Object to) {
    return from == null ? (String) to : from + " → " + to;
  }

  private static TimelineEntry entry(
      TimelineKind kind,
      Object[] r,
      String state,
      Object title,
      Object detail,
      String detailEn,
      Object actor,
      Long target) {
    return new TimelineEntry(
        kind,
        (Long) r[0],
        (Instant) r[1],
        state,
        (String) title,
        (String) detail,
        detailEn,
        (String) actor,
        target);
  }

  private List<TimelineEntry> read(
      String jpql,
      RecordRef record,
      RecordScope scope,
      int offset,
      int limit,
      Function<Object[], TimelineEntry> row) {
    TypedQuery<Object[]> query =
        em.createQuery(jpql, Object[].class)
            .setParameter("recordId", record.id())
            .setFirstResult(offset)
            .setMaxResults(limit);
    if (scope != null) {
      ScopeConditions.bind(query, scope);
    }
    return query.getResultList().stream().map(row).toList();
  }
}
