package de.opencrm.application.ticket;

import de.opencrm.domain.ticket.AssignmentRecord;
import de.opencrm.domain.ticket.Ticket;
import de.opencrm.domain.ticket.TicketMessage;
import de.opencrm.domain.ticket.TicketRow;
import de.opencrm.domain.ticket.sla.SlaStatus;
import java.util.List;

/** A ticket's page worded from the ticket, its SLA clocks, thread and assignment history. */
final class TicketDetails {

  private TicketDetails() {}

  static TicketDetail of(
      Ticket t,
      SlaStatus firstResponse,
      SlaStatus resolution,
      List<TicketMessage> messages,
      List<AssignmentRecord> assignments,
      List<TicketRow> history) {
    return new TicketDetail(
        t.getId(),
        t.getVersion(),
        t.getNumber(),
        t.getSubject(),
        t.getDescription(),
        t.getAccount() == null ? null : t.getAccount().getId(),
        t.getAccount() == null ? null : t.getAccount().fullName(),
        t.getContact() == null ? null : t.getContact().getId(),
        t.getContact() == null ? null : t.getContact().auditLabel(),
        t.getChannel(),
        t.getCategory(),
        t.getPriority(),
        t.getTier(),
        t.getStatus(),
        t.getStatus().next(),
        t.getQueue().getId(),
        t.getQueue().getName(),
        t.getAssignee() == null ? null : t.getAssignee().getDisplayName(),
        t.getOpenedAt(),
        firstResponse,
        resolution,
        messages.stream()
            .map(
                m ->
                    new TicketDetail.Entry(
                        m.getKind(),
                        m.getAuthor() == null ? null : m.getAuthor().getDisplayName(),
                        m.getCreatedAt(),
                        m.getBody()))
            .toList(),
        assignments.stream()
            .map(
                a ->
                    new TicketDetail.Decision(
                        a.getAssignee() == null ? null : a.getAssignee().getDisplayName(),
                        a.getReason(),
                        a.getArguments(),
                        a.getSkipped(),
                        a.getNote(),
                        a.getDecidedAt()))
            .toList(),
        history.stream().filter(h -> h.id() != t.getId()).limit(TicketService.HISTORY).toList());
  }
}
