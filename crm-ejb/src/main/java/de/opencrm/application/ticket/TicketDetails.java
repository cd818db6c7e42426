package de.opencrm.application.ticket;

import de.opencrm.domain.ticket.AssignmentRecord;
import de.opencrm.domain.ticket.Ticket;
import de.opencrm.domain.ticket.TicketAttachment;
import de.opencrm.domain.ticket.TicketMessage;
import de.opencrm.domain.ticket.TicketRow;
import de.opencrm.domain.ticket.TicketSurvey;
import de.opencrm.domain.ticket.sla.SlaStatus;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A ticket's page worded from the ticket, its SLA clocks, thread and assignment history. */
final class TicketDetails {

  private TicketDetails() {}

  static TicketDetail of(
      Ticket t,
      SlaStatus firstResponse,
      SlaStatus resolution,
      List<TicketMessage> messages,
      List<TicketAttachment> attachments,
      List<AssignmentRecord> assignments,
      TicketSurvey survey,
      List<TicketRow> history) {
    Map<Long, List<TicketDetail.File>> files =
        attachments.stream()
            .collect(
                Collectors.groupingBy(
                    a -> a.getMessage().getId(),
                    Collectors.mapping(
                        a -> new TicketDetail.File(a.getId(), a.getFileName(), a.getSize()),
                        Collectors.toList())));
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
        requester(t),
        t.replyAddress(),
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
                        m.getId(),
                        m.getKind(),
                        m.getAuthor() == null ? null : m.getAuthor().getDisplayName(),
                        m.getCreatedAt(),
                        m.getBody(),
                        m.getMailFrom(),
                        m.getMailTo(),
                        m.isAutomatic(),
                        m.getDelivery(),
                        m.getAttempts(),
                        m.getNextAttemptAt(),
                        m.getLastError(),
                        files.getOrDefault(m.getId(), List.of())))
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
        history.stream().filter(h -> h.id() != t.getId()).limit(TicketService.HISTORY).toList(),
        survey == null
            ? null
            : new TicketDetail.Survey(
                survey.getSentAt(),
                survey.getAnsweredAt(),
                survey.getCsat(),
                survey.getNps(),
                survey.getComment()));
  }

  /** Who wrote in by e-mail, "Name <address>", or null. */
  private static String requester(Ticket t) {
    if (t.getRequesterEmail() == null) {
      return null;
    }
    return t.getRequesterName() == null
        ? t.getRequesterEmail()
        : t.getRequesterName() + " <" + t.getRequesterEmail() + ">";
  }
}
