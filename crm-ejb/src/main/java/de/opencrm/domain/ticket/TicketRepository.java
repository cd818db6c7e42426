package de.opencrm.domain.ticket;

import de.opencrm.domain.account.CustomerTier;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

  List<TicketQueue> queues();

  Optional<TicketQueue> findQueue(long id);

  /** The queue, locked for writing until the transaction ends: one assignment at a time. */
  TicketQueue lockQueue(long id);

  /** The queue's agents in their order. */
  List<QueueMember> members(long queueId);

  QueueMember addMember(QueueMember member);

  /** How many open tickets each of the users holds (users without any are left out). */
  Map<Long, Integer> openTicketCounts(Collection<Long> userIds);

  Optional<SlaPolicy> slaPolicy(TicketPriority priority, CustomerTier tier);

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

  /** Whether a mail with this key was taken from the service mailbox already. */
  boolean mailTaken(String mailKey);

  MailIntake addIntake(MailIntake intake);

  /** A page of the mailbox's log, newest first; the filter matches sender or subject. */
  Page<MailIntakeRow> intakes(PageRequest request);

  /** How many tickets mails from this address opened since then. */
  int ticketsOpenedBy(String sender, Instant since);

  TicketAttachment addAttachment(TicketAttachment attachment);

  /** The attachments of the ticket's mails, by message. */
  List<TicketAttachment> attachments(long ticketId);

  Optional<TicketAttachment> findAttachment(long id);

  /** The thread entry, locked for writing until the transaction ends. */
  Optional<TicketMessage> findMessageForUpdate(long id);

  /** Replies whose (next) attempt is due, oldest first. */
  List<Long> dueReplies(Instant now, int max);

  /** The reply templates by name. */
  List<ReplyTemplate> templates();

  /** The ticket, locked for writing until the transaction ends. */
  Optional<Ticket> findForUpdate(long id);

  /** Ids of tickets whose next SLA escalation is due, the most overdue first. */
  List<Long> escalationsDue(Instant now, int max);

  TicketSurvey addSurvey(TicketSurvey survey);

  /** The ticket's survey, if one was sent. */
  Optional<TicketSurvey> surveyOf(long ticketId);

  /** The survey a link belongs to, locked for the answer. */
  Optional<TicketSurvey> surveyByToken(String token);

  TicketQueue addQueue(TicketQueue queue);

  Optional<QueueMember> findMember(long id);

  void removeMember(QueueMember member);

  /** Every SLA policy, by priority and tier. */
  List<SlaPolicy> slaPolicies();

  Optional<SlaPolicy> findSlaPolicy(long id);
}
