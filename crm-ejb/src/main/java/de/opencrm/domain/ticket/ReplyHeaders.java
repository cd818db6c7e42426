package de.opencrm.domain.ticket;

import de.opencrm.domain.ticket.mail.MailThreading;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The headers of a mail the CRM sends on a ticket: to whoever the ticket answers, with a new
 * Message-ID, In-Reply-To the customer's last mail, References the conversation, and the subject of
 * that mail (else the ticket's) as "Re: [number] …".
 */
public final class ReplyHeaders {

  private ReplyHeaders() {}

  public static MailHeaders of(
      Ticket ticket, List<TicketMessage> thread, String from, String to, UUID random) {
    TicketMessage answered =
        thread.stream()
            .filter(m -> m.getKind() == MessageKind.INBOUND_EMAIL && m.getMessageId() != null)
            .reduce((first, second) -> second)
            .orElse(null);
    String subject =
        answered == null || answered.mailHeaders().subject() == null
            ? ticket.getSubject()
            : answered.mailHeaders().subject();
    return new MailHeaders(
        MailThreading.newMessageId(ticket.getNumber(), random, from),
        from,
        to,
        MailThreading.replySubject(ticket.getNumber(), subject),
        answered == null ? null : answered.getMessageId(),
        MailThreading.references(
            thread.stream().map(TicketMessage::getMessageId).filter(Objects::nonNull).toList()));
  }
}
