package de.opencrm.application.ticket;

import de.opencrm.application.common.CompanyTime;
import de.opencrm.application.common.DueWork;
import de.opencrm.application.common.Stamp;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.common.Mailer;
import de.opencrm.domain.lead.AbsenceRepository;
import de.opencrm.domain.ticket.MessageKind;
import de.opencrm.domain.ticket.SlaTracking;
import de.opencrm.domain.ticket.Ticket;
import de.opencrm.domain.ticket.TicketMessage;
import de.opencrm.domain.ticket.TicketRepository;
import de.opencrm.domain.ticket.sla.SlaEscalation;
import de.opencrm.domain.ticket.sla.SlaEscalation.Action;
import de.opencrm.domain.ticket.sla.SlaEscalationMail;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Escalates tickets whose SLA clock reached its warning share or its target (see {@link
 * SlaEscalation}): the assignee or the managers are told by e-mail, at the breach the priority goes
 * up and a ticket nobody present holds goes back to its queue's policy. Each ticket in its own
 * transaction under a row lock, each step once; the thread gets an internal note saying what was
 * done. Run every minute by {@link SlaEscalationSchedule} as the service role.
 */
@Stateless
@RolesAllowed({Role.Names.SERVICE, Role.Names.ADMIN})
@Permission(area = Area.TICKETS, operation = Operation.EDIT)
public class SlaEscalationService {

  private static final Logger LOG = Logger.getLogger(SlaEscalationService.class.getName());

  /** More due tickets than this wait for the next run. */
  static final int BATCH = 500;

  @Inject TicketRepository tickets;
  @Inject TicketAssignmentService assignment;
  @Inject SlaPlanner planner;
  @Inject UserRepository users;
  @Inject AbsenceRepository absences;
  @Inject Mailer mailer;
  @Inject CompanyTime time;
  @Resource SessionContext context;

  @Inject
  @ConfigProperty(name = "crm.base-url", defaultValue = "http://localhost:8080/crm")
  String baseUrl;

  /** Escalates what is due; returns how many steps were taken. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int escalateDue() {
    SlaEscalationService self = context.getBusinessObject(SlaEscalationService.class);
    return DueWork.each(tickets.escalationsDue(time.now(), BATCH), "ticket", self::escalate, LOG);
  }

  /** Takes the ticket's due escalation step, if it still is due. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean escalate(long ticketId) {
    Instant now = time.now();
    Ticket ticket = tickets.findForUpdate(ticketId).orElse(null);
    if (ticket == null) {
      return false;
    }
    SlaTracking.Step step = ticket.getSla().due(now).orElse(null);
    if (step == null || !ticket.getStatus().isOpen()) {
      planner.plan(ticket);
      return false;
    }
    Instant due =
        step.target() == SlaEscalation.Target.FIRST_RESPONSE
            ? ticket.getSla().getFirstResponseDueAt()
            : ticket.getSla().getResolutionDueAt();
    Set<Action> actions =
        SlaEscalation.actions(step.level(), ticket.getPriority(), present(ticket.getAssignee()));
    ticket.escalated(step);
    List<String> done = new ArrayList<>();
    if (actions.contains(Action.RAISE_PRIORITY)) {
      ticket.prioritize(SlaEscalation.raised(ticket.getPriority()));
      done.add("Priorität auf " + ticket.getPriority() + " angehoben");
    }
    if (actions.contains(Action.REASSIGN)) {
      assignment.assignByPolicy(ticket);
      done.add("neu zugewiesen");
    }
    SlaEscalationMail mail =
        SlaEscalationMail.of(ticket, step.target(), step.level(), due, link(ticket), time.zone());
    if (actions.contains(Action.NOTIFY_ASSIGNEE)) {
      done.add(notify(List.of(ticket.getAssignee()), mail, "Bearbeiter informiert"));
    }
    if (actions.contains(Action.NOTIFY_MANAGERS)) {
      Long team = ticket.getQueue().getTeam() == null ? null : ticket.getQueue().getTeam().getId();
      done.add(notify(users.managersFor(team), mail, "Teamleitung informiert"));
    }
    Stamp stamp = Stamp.of(context);
    TicketMessage note =
        new TicketMessage(
            ticket,
            MessageKind.INTERNAL_NOTE,
            null,
            mail.subject() + ": " + String.join(", ", done));
    note.recordCreation(stamp.user(), stamp.at());
    tickets.addMessage(note);
    planner.plan(ticket);
    ticket.recordModification(stamp.user(), stamp.at());
    return true;
  }

  /** Mails the people; a relay that is down does not hold back the escalation, the note says so. */
  private String notify(List<User> people, SlaEscalationMail mail, String said) {
    int sent = 0;
    for (User person : people) {
      if (person.getEmail() == null || person.getEmail().isBlank()) {
        continue;
      }
      try {
        mailer.send(person.getEmail(), mail.subject(), mail.text());
        sent++;
      } catch (Mailer.MailFailure e) {
        LOG.warning("escalation mail to " + person.getUsername() + " not sent: " + e.getMessage());
      }
    }
    return sent > 0 ? said : said + " (keine E-Mail zugestellt)";
  }

  private boolean present(User assignee) {
    return assignee != null
        && assignee.isActive()
        && absences.absentOn(List.of(assignee.getId()), time.today()).isEmpty();
  }

  private String link(Ticket ticket) {
    return baseUrl.replaceAll("/+$", "") + "/tickets/ticket.xhtml?id=" + ticket.getId();
  }
}
