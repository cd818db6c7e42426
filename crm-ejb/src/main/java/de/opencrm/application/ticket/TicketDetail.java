package de.opencrm.application.ticket;

import de.opencrm.domain.account.CustomerTier;
import de.opencrm.domain.ticket.DeliveryStatus;
import de.opencrm.domain.ticket.MessageKind;
import de.opencrm.domain.ticket.TicketChannel;
import de.opencrm.domain.ticket.TicketPriority;
import de.opencrm.domain.ticket.TicketRow;
import de.opencrm.domain.ticket.TicketStatus;
import de.opencrm.domain.ticket.sla.SlaStatus;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A ticket's page: what it is about, where it stands and may go next, its SLA clocks, its thread,
 * who had it when and why, and the company's other tickets, newest first.
 */
public record TicketDetail(
    long id,
    long version,
    String number,
    String subject,
    String description,
    Long accountId,
    String accountName,
    Long contactId,
    String contactName,
    String requester,
    String replyAddress,
    TicketChannel channel,
    String category,
    TicketPriority priority,
    CustomerTier tier,
    TicketStatus status,
    Set<TicketStatus> nextStatuses,
    long queueId,
    String queueName,
    String assigneeName,
    Instant openedAt,
    SlaStatus firstResponse,
    SlaStatus resolution,
    List<Entry> thread,
    List<Decision> assignments,
    List<TicketRow> history,
    Survey survey) {

  /** The satisfaction survey: sent when, answered when and how (CSAT 1–5, NPS 0–10). */
  public record Survey(
      Instant sentAt, Instant answeredAt, Integer csat, Integer nps, String comment) {}

  /**
   * An entry of the thread; e-mails with sender and recipient, replies with their delivery (and
   * when the relay is tried next, or what it said), mails with their attachments.
   */
  public record Entry(
      long id,
      MessageKind kind,
      String author,
      Instant at,
      String body,
      String from,
      String to,
      boolean automatic,
      DeliveryStatus delivery,
      int attempts,
      Instant nextAttemptAt,
      String lastError,
      List<File> files) {}

  /** An attachment to download. */
  public record File(long id, String name, long size) {}

  /** An assignment decision: to whom, why (a message key and its arguments), passed over. */
  public record Decision(
      String assignee, String reason, String arguments, String skipped, String note, Instant at) {}
}
