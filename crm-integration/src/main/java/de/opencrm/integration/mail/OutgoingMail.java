package de.opencrm.integration.mail;

import java.util.List;

/**
 * A reply to a customer: from the service address, with its own Message-ID and the threading
 * headers (In-Reply-To the mail it answers, References the conversation so far) that keep it in the
 * customer's conversation. Message-IDs are given without angle brackets.
 */
public record OutgoingMail(
    String from,
    String fromName,
    String to,
    String subject,
    String text,
    String messageId,
    String inReplyTo,
    List<String> references) {

  public OutgoingMail {
    references = references == null ? List.of() : List.copyOf(references);
  }
}
