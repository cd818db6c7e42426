package de.opencrm.domain.ticket;

import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Tickets, their queues, threads and assignment history, and the SLA policies. */
public interface TicketRepository {

  /** Criterion: a queue's id. */
  String QUEUE = "queue";

  /** Criterion: an assignee's id. */
  String ASSIGNEE = "assignee";

  /** Criterion: "open" for tickets still to be worked on, or a status's name. */
  String STATUS = "status";

  /** Criterion: a company's id (its tickets, those of its people included). */
  String ACCOUNT = "account";

  /** The list criterion naming a person: the tickets they raised. */
  String CONTACT = "contact";

  /** Criterion: only tickets of companies this user owns (or their team, see ACCOUNT_TEAM). */
  String ACCOUNT_OWNER = "accountOwner";

  /** Criterion: with ACCOUNT_OWNER, also tickets of companies of this team. */
  String ACCOUNT_TEAM = "accountTeam";

  /** The status criterion's value for every open status. */
  String OPEN = "open";

  Ticket add(Ticket ticket);

  Optional<Ticket> findById(long id);

  /** A page of tickets the criteria select, oldest first unless sorted otherwise. */
  Page<TicketRow> list(PageRequest request);

  TicketMessage addMessage(TicketMessage message);

  /** The ticket's thread, oldest first. */
  List<TicketMessage> messages(long ticketId);

  AssignmentRecord addAssignment(AssignmentRecord record);

  /** The ticket's assignment decisions, oldest first. */
  List<AssignmentRecord> assignments(long ticketId);

  /** The ticket with this number (T-2026-000123). */
  Optional<Ticket> findByNumber(String number);

  /** The ticket of the first of these Message-IDs that is on a thread, in their order. */
  Optional<Ticket> findByMessageIds(List<String> messageIds);

  TicketAttachment addAttachment(TicketAttachment attachment);

  /** The attachments of the ticket's mails, by message. */
  List<TicketAttachment> attachments(long ticketId);

  Optional<TicketAttachment> findAttachment(long id);

  /** The thread entry, locked for writing until the transaction ends. */
  Optional<TicketMessage> findMessageForUpdate(long id);

  /** The ticket, locked for writing until the transaction ends. */
  Optional<Ticket> findForUpdate(long id);

  /** Ids of tickets whose next SLA escalation is due, the most overdue first. */
  List<Long> escalationsDue(Instant now, int max);
}
