package de.opencrm.domain.ticket;

import java.util.List;

/**
 * The headers of a ticket's e-mail that matter to the thread: its Message-ID, sender and recipient,
 * subject, and the earlier mails it answers (Message-IDs without angle brackets).
 */
public record MailHeaders(
    String messageId,
    String from,
    String to,
    String subject,
    String inReplyTo,
    List<String> references) {

  public MailHeaders {
    references = references == null ? List.of() : List.copyOf(references);
  }
}
