package de.opencrm.application.ticket;

import de.opencrm.application.common.CompanyTime;
import de.opencrm.application.common.Stamp;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Texts;
import de.opencrm.domain.lead.AbsenceRepository;
import de.opencrm.domain.ticket.AssignmentRecord;
import de.opencrm.domain.ticket.QueueMember;
import de.opencrm.domain.ticket.ServiceQueueRepository;
import de.opencrm.domain.ticket.Ticket;
import de.opencrm.domain.ticket.TicketQueue;
import de.opencrm.domain.ticket.TicketRepository;
import de.opencrm.domain.ticket.assignment.Agent;
import de.opencrm.domain.ticket.assignment.AssignmentDecision;
import de.opencrm.domain.ticket.assignment.AssignmentPolicy;
import de.opencrm.domain.ticket.assignment.TicketAssigner;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ticket assignment: a new ticket goes to an agent of its queue by the queue's policy (round robin,
 * least open, skills), passing over absent agents and those at capacity, one ticket of a queue at a
 * time; or by hand, with a note. Every decision is recorded with its reason.
 */
@Stateless
@RolesAllowed({Role.Names.SERVICE, Role.Names.ADMIN})
public class TicketAssignmentService {

  @Inject TicketRepository tickets;
  @Inject ServiceQueueRepository queues;
  @Inject UserRepository users;
  @Inject AbsenceRepository absences;
  @Inject CompanyTime time;
  @Resource SessionContext context;

  /** Assigns the ticket by its queue's policy; without an available agent it waits in the queue. */
  @Permission(area = Area.TICKETS, operation = Operation.CREATE)
  public AssignmentDecision assignByPolicy(Ticket ticket) {
    TicketQueue queue = queues.lockQueue(ticket.getQueue().getId());
    List<QueueMember> members = queues.members(queue.getId());
    List<Long> ids = members.stream().map(m -> m.getUser().getId()).toList();
    Set<Long> absent = absences.absentOn(ids, time.today());
    Map<Long, Integer> open = queues.openTicketCounts(ids);
    List<Agent> agents =
        members.stream()
            .map(
                m ->
                    m.asAgent(
                        absent.contains(m.getUser().getId()),
                        open.getOrDefault(m.getUser().getId(), 0)))
            .toList();
    AssignmentDecision decision =
        TicketAssigner.assign(
            queue.getPolicy(),
            agents,
            queue.getLastAssignedId(),
            ticket.getCategory(),
            ticket.getLanguage());
    User agent = null;
    if (decision.assigned()) {
      agent = users.findById(decision.agentId()).orElseThrow();
      ticket.assignTo(agent);
      if (queue.getPolicy() == AssignmentPolicy.ROUND_ROBIN) {
        queue.assignedTo(agent.getId());
      }
    }
    Stamp stamp = Stamp.of(context);
    tickets.addAssignment(
        AssignmentRecord.byPolicy(ticket, decision, agent, stamp.at(), stamp.user()));
    return decision;
  }

  /** Gives the ticket, in the version seen, to another agent, saying why. */
  @Permission(area = Area.TICKETS, operation = Operation.EDIT)
  public void reassign(long ticketId, long version, long agentId, String note) {
    Ticket ticket =
        tickets.findById(ticketId).orElseThrow(() -> new BusinessException("ticket.notFound"));
    ticket.requireVersion(version);
    if (Texts.trimToNull(note) == null) {
      throw BusinessException.onField("note", "ticket.reassignNoteRequired");
    }
    User agent =
        users
            .findById(agentId)
            .filter(User::isActive)
            .orElseThrow(() -> BusinessException.onField("agent", "user.notFound"));
    Stamp stamp = Stamp.of(context);
    ticket.assignTo(agent);
    ticket.recordModification(stamp.user(), stamp.at());
    tickets.addAssignment(AssignmentRecord.byHand(ticket, agent, note, stamp.at(), stamp.user()));
  }
}
