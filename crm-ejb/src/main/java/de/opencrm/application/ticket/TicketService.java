package de.opencrm.application.ticket;

import de.opencrm.application.common.CallerAccess;
import de.opencrm.application.common.CompanyTime;
import de.opencrm.application.common.RecordScopes;
import de.opencrm.application.common.Stamp;
import de.opencrm.application.document.DocumentFile;
import de.opencrm.application.ticket.mail.SurveyInvitation;
import de.opencrm.domain.account.Account;
import de.opencrm.domain.account.AccountRepository;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.RecordScope;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.UserOption;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.NumberRange;
import de.opencrm.domain.common.NumberRanges;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.contact.Contact;
import de.opencrm.domain.contact.ContactRepository;
import de.opencrm.domain.document.DocumentStore;
import de.opencrm.domain.ticket.MessageKind;
import de.opencrm.domain.ticket.ServiceQueueRepository;
import de.opencrm.domain.ticket.SlaPolicy;
import de.opencrm.domain.ticket.Ticket;
import de.opencrm.domain.ticket.TicketAttachment;
import de.opencrm.domain.ticket.TicketMessage;
import de.opencrm.domain.ticket.TicketNumber;
import de.opencrm.domain.ticket.TicketQueue;
import de.opencrm.domain.ticket.TicketRepository;
import de.opencrm.domain.ticket.TicketRow;
import de.opencrm.domain.ticket.TicketStatus;
import de.opencrm.domain.ticket.TicketSurveyRepository;
import de.opencrm.domain.ticket.sla.SlaClock;
import de.opencrm.domain.ticket.sla.SlaStatus;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * Service tickets: listed by queue, status and agent, opened with a number from the ticket range
 * and assigned by the queue's policy in the same transaction, worked through their statuses with
 * the SLA clocks following, and noted on. Service agents and administrators work them, managers
 * read them; salespeople read the tickets of the companies they see.
 */
@Stateless
@RolesAllowed({Role.Names.SERVICE, Role.Names.MANAGER, Role.Names.SALES, Role.Names.ADMIN})
@Permission(area = Area.TICKETS, operation = Operation.READ)
public class TicketService {

  /** How many of the company's other tickets the ticket page shows. */
  static final int HISTORY = 20;

  /** The assignee criterion that stands for the caller. */
  public static final String MINE = "me";

  @Inject TicketRepository tickets;
  @Inject ServiceQueueRepository queues;
  @Inject TicketSurveyRepository sentSurveys;
  @Inject NumberRanges ranges;
  @Inject TicketAssignmentService assignment;
  @Inject SlaPlanner planner;
  @Inject SurveyInvitation surveys;
  @Inject AccountRepository accounts;
  @Inject ContactRepository contacts;
  @Inject UserRepository users;
  @Inject RecordScopes scopes;
  @Inject DocumentStore store;
  @Inject CompanyTime time;
  @Resource SessionContext context;

  public Page<TicketRow> listTickets(@NotNull PageRequest request) {
    PageRequest asked =
        MINE.equals(request.criterion(TicketRepository.ASSIGNEE))
            ? request.withCriterion(
                TicketRepository.ASSIGNEE,
                String.valueOf(CallerAccess.caller(context, users).getId()))
            : request;
    if (salesOnly()) {
      RecordScope scope = scopes.of(context, Area.ACCOUNTS);
      if (!scope.isAll()) {
        asked = asked.withCriterion(TicketRepository.ACCOUNT_OWNER, String.valueOf(scope.userId()));
        if (scope.teamId() != null) {
          asked =
              asked.withCriterion(TicketRepository.ACCOUNT_TEAM, String.valueOf(scope.teamId()));
        }
      }
    }
    return tickets.list(asked);
  }

  /** Whether the caller reads tickets only as a salesperson, for the companies they see. */
  private boolean salesOnly() {
    return !context.isCallerInRole(Role.Names.SERVICE)
        && !context.isCallerInRole(Role.Names.MANAGER)
        && !context.isCallerInRole(Role.Names.ADMIN);
  }

  public List<QueueOption> queues() {
    return queues.queues().stream().map(q -> new QueueOption(q.getId(), q.getName())).toList();
  }

  /** The agents of the ticket's queue, to hand it to. */
  public List<UserOption> agentsFor(long ticketId) {
    return queues.members(find(ticketId).getQueue().getId()).stream()
        .map(m -> m.getUser())
        .filter(u -> u.isActive())
        .map(u -> new UserOption(u.getId(), u.getUsername(), u.getDisplayName()))
        .toList();
  }

  /** Opens the ticket, numbered, and hands it to an agent of its queue; returns its id. */
  @RolesAllowed({Role.Names.SERVICE, Role.Names.ADMIN})
  @Permission(area = Area.TICKETS, operation = Operation.CREATE)
  public long openTicket(@NotNull @Valid TicketForm form) {
    TicketQueue queue =
        queues
            .findQueue(form.getQueueId())
            .orElseThrow(() -> BusinessException.onField("queue", "ticket.queueNotFound"));
    Stamp stamp = Stamp.of(context);
    String number = TicketNumber.text(ranges.lock(NumberRange.TICKET).next(time.today()));
    Ticket ticket =
        new Ticket(
            number, form.getSubject(), form.getChannel(), form.getPriority(), queue, stamp.at());
    ticket.describe(
        form.getSubject(), form.getDescription(), form.getCategory(), form.getLanguage());
    ticket.concern(account(form.getAccountId()), contact(form.getContactId()));
    ticket.tier(form.getTier());
    ticket.recordCreation(stamp.user(), stamp.at());
    tickets.add(ticket);
    assignment.assignByPolicy(ticket);
    planner.plan(ticket);
    return ticket.getId();
  }

  public TicketDetail loadTicket(long id) {
    Ticket ticket = find(id);
    SlaClock clock = new SlaClock(ticket.getQueue().calendar());
    SlaPolicy policy =
        queues
            .slaPolicy(ticket.getPriority(), ticket.getTier())
            .orElseThrow(() -> new IllegalStateException("no SLA policy for " + ticket));
    Instant now = time.now();
    SlaStatus firstResponse =
        clock.measure(
            ticket.getOpenedAt(),
            ticket.pauses(),
            ticket.getFirstResponseAt(),
            policy.firstResponse(),
            policy.getWarnPercent(),
            now);
    SlaStatus resolution =
        clock.measure(
            ticket.getOpenedAt(),
            ticket.pauses(),
            ticket.getSolvedAt(),
            policy.resolution(),
            policy.getWarnPercent(),
            now);
    List<TicketRow> history =
        ticket.getAccount() == null
            ? List.of()
            : tickets
                .list(
                    new PageRequest(0, HISTORY + 1, "openedAt", false, null)
                        .withCriterion(
                            TicketRepository.ACCOUNT, String.valueOf(ticket.getAccount().getId())))
                .rows();
    return TicketDetails.of(
        ticket,
        firstResponse,
        resolution,
        tickets.messages(id),
        tickets.attachments(id),
        tickets.assignments(id),
        sentSurveys.surveyOf(id).orElse(null),
        history);
  }

  /** Moves the ticket, in the version seen, to another status. */
  @RolesAllowed({Role.Names.SERVICE, Role.Names.ADMIN})
  @Permission(area = Area.TICKETS, operation = Operation.EDIT)
  public void changeStatus(long id, long version, @NotNull TicketStatus status) {
    Ticket ticket = find(id);
    ticket.requireVersion(version);
    Stamp stamp = Stamp.of(context);
    ticket.changeStatus(status, stamp.at());
    planner.plan(ticket);
    if (status == TicketStatus.SOLVED) {
      surveys.invite(ticket, stamp);
    }
    ticket.recordModification(stamp.user(), stamp.at());
  }

  /** Adds a phone note or an internal note; a note of a call answers the customer. */
  @RolesAllowed({Role.Names.SERVICE, Role.Names.ADMIN})
  @Permission(area = Area.TICKETS, operation = Operation.EDIT)
  public void addNote(long id, @NotNull MessageKind kind, String body) {
    if (kind != MessageKind.PHONE_NOTE && kind != MessageKind.INTERNAL_NOTE) {
      throw BusinessException.onField("kind", "ticket.noteKind");
    }
    Ticket ticket = find(id);
    Stamp stamp = Stamp.of(context);
    TicketMessage note = new TicketMessage(ticket, kind, CallerAccess.caller(context, users), body);
    note.recordCreation(stamp.user(), stamp.at());
    tickets.addMessage(note);
    if (kind.respondsToCustomer()) {
      ticket.responded(stamp.at());
      planner.plan(ticket);
      ticket.recordModification(stamp.user(), stamp.at());
    }
  }

  /** A file that came with a mail of the ticket, for whoever may read the ticket. */
  public DocumentFile openAttachment(long attachmentId) {
    TicketAttachment file =
        tickets
            .findAttachment(attachmentId)
            .orElseThrow(() -> new BusinessException("ticket.notFound"));
    find(file.getMessage().getTicket().getId());
    try {
      return new DocumentFile(
          file.getFileName(),
          file.getContentType(),
          file.getSize(),
          store.open(file.getStorageKey()));
    } catch (java.io.UncheckedIOException e) {
      throw new BusinessException("document.fileMissing", file.getFileName());
    }
  }

  private Ticket find(long id) {
    Ticket ticket =
        tickets.findById(id).orElseThrow(() -> new BusinessException("ticket.notFound"));
    if (salesOnly()) {
      try {
        if (ticket.getAccount() == null) {
          throw new BusinessException("account.notFound");
        }
        scopes.visible(context, ticket.getAccount());
      } catch (BusinessException notTheirs) {
        throw new BusinessException("ticket.notFound");
      }
    }
    return ticket;
  }

  private Account account(Long id) {
    if (id == null) {
      return null;
    }
    return scopes.visible(
        context,
        accounts
            .findById(id)
            .orElseThrow(() -> BusinessException.onField("account", "account.notFound")));
  }

  private Contact contact(Long id) {
    if (id == null) {
      return null;
    }
    return scopes.visible(
        context,
        contacts
            .findById(id)
            .orElseThrow(() -> BusinessException.onField("contact", "contact.notFound")));
  }
}
