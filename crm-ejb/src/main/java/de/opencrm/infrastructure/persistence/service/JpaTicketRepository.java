package de.opencrm.infrastructure.persistence.service;

import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.ticket.AssignmentRecord;
import de.opencrm.domain.ticket.Ticket;
import de.opencrm.domain.ticket.TicketAttachment;
import de.opencrm.domain.ticket.TicketMessage;
import de.opencrm.domain.ticket.TicketPriority;
import de.opencrm.domain.ticket.TicketRepository;
import de.opencrm.domain.ticket.TicketRow;
import de.opencrm.domain.ticket.TicketStatus;
import de.opencrm.infrastructure.persistence.Jpql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaTicketRepository implements TicketRepository {

  private static final Map<String, String> SORTABLE =
      Map.of(
          "number", "t.number",
          "subject", "t.subject",
          "priority", "t.priority",
          "status", "t.status",
          "openedAt", "t.openedAt");

  private static final Set<TicketStatus> OPEN_STATUSES = TicketStatus.open();

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public Ticket add(Ticket ticket) {
    em.persist(ticket);
    return ticket;
  }

  @Override
  public Optional<Ticket> findById(long id) {
    return Optional.ofNullable(em.find(Ticket.class, id));
  }

  @Override
  public Page<TicketRow> list(PageRequest request) {
    String from =
        " FROM Ticket t JOIN t.queue q LEFT JOIN t.account a LEFT JOIN t.contact c"
            + " LEFT JOIN t.assignee u";
    String where = where(request);
    TypedQuery<Object[]> rows =
        em.createQuery(
            "SELECT t.id, t.number, t.subject, a.name, c.firstName, c.lastName, t.priority,"
                + " t.status, q.name, u.displayName, t.openedAt, t.requesterEmail"
                + from
                + where
                + Jpql.orderBy(SORTABLE, request, "t.openedAt")
                + ", t.id",
            Object[].class);
    bind(rows, request);
    List<TicketRow> page =
        rows.setFirstResult(request.first()).setMaxResults(request.size()).getResultList().stream()
            .map(
                r ->
                    new TicketRow(
                        (Long) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        Jpql.personName((String) r[4], (String) r[5]),
                        (TicketPriority) r[6],
                        (TicketStatus) r[7],
                        (String) r[8],
                        (String) r[9],
                        (Instant) r[10],
                        (String) r[11]))
            .toList();
    return new Page<>(page, count(request));
  }

  /**
   * Counts up to {@link Page#COUNT_LIMIT} and one more (a busy queue holds tens of thousands of
   * open tickets; counting them all costs more than the page), in SQL every database knows.
   */
  private long count(PageRequest request) {
    List<Object> parameters = new ArrayList<>();
    boolean company = request.filter() != null || request.criterion(ACCOUNT_OWNER) != null;
    StringBuilder sql =
        new StringBuilder("SELECT 1 FROM crm_ticket t")
            .append(company ? " LEFT JOIN crm_account a ON a.id = t.account_id" : "")
            .append(" WHERE 1 = 1");
    if (request.filter() != null) {
      String pattern = Jpql.containsPattern(request.filter());
      sql.append(
          " AND (LOWER(t.subject) LIKE ? ESCAPE '\\' OR LOWER(t.ticket_number) LIKE ? ESCAPE '\\'"
              + " OR LOWER(a.name) LIKE ? ESCAPE '\\')");
      parameters.addAll(List.of(pattern, pattern, pattern));
    }
    for (String[] column :
        new String[][] {
          {QUEUE, "t.queue_id"},
          {ASSIGNEE, "t.assignee_id"},
          {ACCOUNT, "t.account_id"},
          {CONTACT, "t.contact_id"}
        }) {
      if (request.criterion(column[0]) != null) {
        sql.append(" AND ").append(column[1]).append(" = ?");
        parameters.add(Long.valueOf(request.criterion(column[0])));
      }
    }
    String status = request.criterion(STATUS);
    if (status != null) {
      List<String> statuses =
          OPEN.equals(status)
              ? OPEN_STATUSES.stream().map(Enum::name).toList()
              : List.of(TicketStatus.valueOf(status).name());
      sql.append(" AND t.status IN (")
          .append(String.join(", ", Collections.nCopies(statuses.size(), "?")))
          .append(")");
      parameters.addAll(statuses);
    }
    if (request.criterion(ACCOUNT_OWNER) != null) {
      parameters.add(Long.valueOf(request.criterion(ACCOUNT_OWNER)));
      if (request.criterion(ACCOUNT_TEAM) == null) {
        sql.append(" AND a.owner_id = ?");
      } else {
        sql.append(" AND (a.owner_id = ? OR a.team_id = ?)");
        parameters.add(Long.valueOf(request.criterion(ACCOUNT_TEAM)));
      }
    }
    return Jpql.cappedCount(em, sql, parameters);
  }

  private static String where(PageRequest request) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (request.filter() != null) {
      where.append(
          " AND (LOWER(t.subject) LIKE :pattern ESCAPE '\\' OR LOWER(t.number) LIKE :pattern"
              + " ESCAPE '\\' OR LOWER(a.name) LIKE :pattern ESCAPE '\\')");
    }
    if (request.criterion(QUEUE) != null) {
      where.append(" AND q.id = :queue");
    }
    if (request.criterion(ASSIGNEE) != null) {
      where.append(" AND u.id = :assignee");
    }
    if (request.criterion(ACCOUNT) != null) {
      where.append(" AND a.id = :account");
    }
    if (request.criterion(CONTACT) != null) {
      where.append(" AND t.contact.id = :contact");
    }
    if (request.criterion(STATUS) != null) {
      where.append(" AND t.status IN :statuses");
    }
    if (request.criterion(ACCOUNT_OWNER) != null) {
      where.append(
          request.criterion(ACCOUNT_TEAM) == null
              ? " AND a.owner.id = :owner"
              : " AND (a.owner.id = :owner OR a.team.id = :team)");
    }
    return where.toString();
  }

  private static void bind(TypedQuery<?> query, PageRequest request) {
    if (request.filter() != null) {
      query.setParameter("pattern", Jpql.containsPattern(request.filter()));
    }
    if (request.criterion(QUEUE) != null) {
      query.setParameter("queue", Long.valueOf(request.criterion(QUEUE)));
    }
    if (request.criterion(ASSIGNEE) != null) {
      query.setParameter("assignee", Long.valueOf(request.criterion(ASSIGNEE)));
    }
    if (request.criterion(ACCOUNT) != null) {
      query.setParameter("account", Long.valueOf(request.criterion(ACCOUNT)));
    }
    if (request.criterion(CONTACT) != null) {
      query.setParameter("contact", Long.valueOf(request.criterion(CONTACT)));
    }
    if (request.criterion(ACCOUNT_OWNER) != null) {
      query.setParameter("owner", Long.valueOf(request.criterion(ACCOUNT_OWNER)));
      if (request.criterion(ACCOUNT_TEAM) != null) {
        query.setParameter("team", Long.valueOf(request.criterion(ACCOUNT_TEAM)));
      }
    }
    String status = request.criterion(STATUS);
    if (status != null) {
      query.setParameter(
          "statuses",
          OPEN.equals(status) ? List.copyOf(OPEN_STATUSES) : List.of(TicketStatus.valueOf(status)));
    }
  }

  @Override
  public TicketMessage addMessage(TicketMessage message) {
    em.persist(message);
    return message;
  }

  @Override
  public List<TicketMessage> messages(long ticketId) {
    return em.createQuery(
            "SELECT m FROM TicketMessage m LEFT JOIN FETCH m.author WHERE m.ticket.id = :ticket"
                + " ORDER BY m.createdAt, m.id",
            TicketMessage.class)
        .setParameter("ticket", ticketId)
        .getResultList();
  }

  @Override
  public AssignmentRecord addAssignment(AssignmentRecord record) {
    em.persist(record);
    return record;
  }

  @Override
  public List<AssignmentRecord> assignments(long ticketId) {
    return em.createQuery(
            "SELECT r FROM AssignmentRecord r LEFT JOIN FETCH r.assignee"
                + " WHERE r.ticket.id = :ticket ORDER BY r.decidedAt, r.id",
            AssignmentRecord.class)
        .setParameter("ticket", ticketId)
        .getResultList();
  }

  @Override
  public Optional<Ticket> findByNumber(String number) {
    return em.createQuery("SELECT t FROM Ticket t WHERE t.number = :number", Ticket.class)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Ticket> findByMessageIds(List<String> messageIds) {
    if (messageIds.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Ticket> byId = new HashMap<>();
    em.createQuery(
            "SELECT m.messageId, m.ticket FROM TicketMessage m WHERE m.messageId IN :ids",
            Object[].class)
        .setParameter("ids", messageIds)
        .getResultList()
        .forEach(r -> byId.put((String) r[0], (Ticket) r[1]));
    return messageIds.stream().map(byId::get).filter(t -> t != null).findFirst();
  }

  @Override
  public TicketAttachment addAttachment(TicketAttachment attachment) {
    em.persist(attachment);
    return attachment;
  }

  @Override
  public List<TicketAttachment> attachments(long ticketId) {
    return em.createQuery(
            "SELECT a FROM TicketAttachment a WHERE a.message.ticket.id = :ticket ORDER BY a.id",
            TicketAttachment.class)
        .setParameter("ticket", ticketId)
        .getResultList();
  }

  @Override
  public Optional<TicketAttachment> findAttachment(long id) {
    return Optional.ofNullable(em.find(TicketAttachment.class, id));
  }

  @Override
  public Optional<TicketMessage> findMessageForUpdate(long id) {
    return Optional.ofNullable(em.find(TicketMessage.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<Ticket> findForUpdate(long id) {
    return Optional.ofNullable(em.find(Ticket.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Long> escalationsDue(Instant now, int max) {
    return em.createQuery(
            "SELECT t.id FROM Ticket t WHERE t.sla.nextEscalationAt <= :now"
                + " ORDER BY t.sla.nextEscalationAt, t.id",
            Long.class)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }
}
